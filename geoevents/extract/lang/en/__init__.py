"""English: the words and phrases the shared engine reads English news with (see :mod:`..`)."""
