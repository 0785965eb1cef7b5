"""French: the words and phrases the shared engine reads French news with (see :mod:`..`)."""
