"""Input text on a folium map, as text: popups and tooltips built in the page from JSON strings.

folium renders popup and tooltip text as a Jinja template and pastes it into a JavaScript
template literal, and branca compiles every rendered element once more as a template, so an
event titled ``{{ 7*7 }}`` or ``${...}`` would run as code on the analyst's machine or in the
page. Here no input text ever reaches a template: each layer gets a :class:`TextPopup` whose
strings are written as a JSON array in which every character that means something to Jinja,
to JavaScript template literals or to HTML (``{ } % # $ ` < > & '``) is a ``\\uXXXX`` escape.
The page turns them into DOM text nodes; a link is made only from an http(s) URL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from branca.element import MacroElement
from jinja2 import Template

# Characters escaped inside the JSON strings: Jinja delimiters, template literals, HTML.
_ESCAPED = {ord(c): f"\\u{ord(c):04x}" for c in "{}%#$`<>&'"}


def inert_json(strings: Sequence[str]) -> str:
    """``strings`` as a JSON array literal that no template engine or HTML parser can act on."""
    return "[" + ",".join(json.dumps(s, ensure_ascii=True).translate(_ESCAPED) for s in strings) + "]"


class TextBinder(MacroElement):
    """The page function that builds a popup and a tooltip from plain strings (once per map)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <script>
        function geoeventsBindText(layer, d) {
          var box = document.createElement("div");
          var head = document.createElement("b");
          head.textContent = d[0];
          box.appendChild(head);
          for (var i = 1; i < 4; i += 1) {
            if (d[i]) {
              box.appendChild(document.createElement("br"));
              box.appendChild(document.createTextNode(d[i]));
            }
          }
          if (d[4] && /^https?:\\/\\//i.test(d[4])) {
            var link = document.createElement("a");
            link.href = d[4];
            link.target = "_blank";
            link.rel = "noopener noreferrer";
            link.textContent = d[5] || d[4];
            box.appendChild(document.createElement("br"));
            box.appendChild(link);
          } else if (d[5]) {
            box.appendChild(document.createElement("br"));
            box.appendChild(document.createTextNode(d[5]));
          }
          layer.bindPopup(box, { maxWidth: 320 });
          var tip = document.createElement("span");
          tip.textContent = d[0];
          layer.bindTooltip(tip);
        }
        </script>
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "TextBinder"


class TextPopup(MacroElement):
    """A popup and tooltip for its parent layer: title, then up to three lines, then a source.

    ``lines`` are plain text; ``url`` becomes a link only when it is http(s); ``source`` is the
    link's label (or a line of its own without a URL).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geoeventsBindText({{ this._parent.get_name() }}, {{ this.payload }});
        {% endmacro %}
        """
    )

    def __init__(self, title: str, lines: Sequence[str], url: str | None, source: str | None) -> None:
        super().__init__()
        self._name = "TextPopup"
        padded = [*lines[:3], *[""] * (3 - len(lines[:3]))]
        self.payload = inert_json([title, *padded, url or "", source or ""])
