"""Rebuild every file of gazetteer/syria-iraq/ and gazetteer/world/ in order (rivers before the
reservoir outlines that reuse them).  Build-time dependencies:
gazetteer/build/requirements-build.txt.

    python gazetteer/build/build_all.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_governorates  # noqa: E402
import build_points  # noqa: E402
import build_rivers  # noqa: E402
import build_world  # noqa: E402
import build_world_rivers  # noqa: E402

if __name__ == "__main__":
    print("governorates:", len(build_governorates.build()))
    print("rivers:", len(build_rivers.build()))
    print(build_points.build())
    print("world:", build_world.build())
    print("world rivers:", len(build_world_rivers.build()))
