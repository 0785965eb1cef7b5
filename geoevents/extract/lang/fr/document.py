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
# Caption and credit labels before a colon.
CAPTION_LABELS = ("photo", "crédit", "légende", "legende")
RIGHTS = ("tous droits réservés",)
# Words before a publication date in the page ("Publié le 24 octobre 2017").
PUBLISHED = ("publié le", "publié", "mis à jour le")
