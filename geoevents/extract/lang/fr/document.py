"""French page furniture (regex alternatives over a line's text, case-insensitive, accents kept)."""

# Links to other articles, before a colon or a dash ("Lire aussi :").
LINK_LINES = ("lire aussi", "voir aussi", "à lire aussi", "a lire aussi", "sur le même sujet")
# Share and follow bars.
SHARE_LINES = ("partager", "suivez-nous")
# Subscription and sign-in prompts.
ACCOUNT_LINES = (
    "s'abonner",
    "s’abonner",
    "abonnez-vous",
    "se connecter",
    "newsletter",
    "fil d'actu",
    "fil d’actu",
)
# Comment boxes, reactions and "related articles" blocks: a short line opening with one of these.
COMMENT_LINES = (
    "pour participer aux discussions",
    "identifiez-vous",
    "connectez-vous",
    "réagir",
    "réagissez",
    r"(?:\d+ )?commentaires?(?: \(\d+\))?\s*$",
    "laisser un commentaire",
    "ajouter un commentaire",
)
# Headings of a block of links to other articles, alone on their line: the short titles under
# them are the block's.
RELATED_HEADINGS = (
    "articles? liés",
    "articles? similaires",
    "sur le même sujet",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "dans la même rubrique",
    "les plus lus",
)
# Caption and credit labels before a colon.
CAPTION_LABELS = ("photo", "crédit", "légende", "legende")
RIGHTS = ("tous droits réservés",)
# Words before a publication date in the page ("Publié le 24 octobre 2017").
PUBLISHED = ("publié le", "publié", "mis à jour le")
