"""Spanish page furniture (regex alternatives over a line's text, case-insensitive, accents kept)."""

# Links to other articles, before a colon or a dash ("Lee también:").
LINK_LINES = (
    "lee también",
    "lea también",
    "leer también",
    "lee además",
    "te puede interesar",
    "le puede interesar",
    "más información",
    "noticias relacionadas",
    "contenido relacionado",
    "relacionado",
    "ver también",
)
# Share and follow bars.
SHARE_LINES = ("compartir", "comparte", "síguenos", "siguenos")
# Subscription and sign-in prompts, comment boxes.
ACCOUNT_LINES = (
    "suscríbete",
    "suscribete",
    "suscribirse",
    "iniciar sesión",
    "inicia sesión",
    "regístrate",
    "registrate",
    "boletín",
    "comentarios",
    "deja tu comentario",
    "escribe tu comentario",
    "para comentar",
    "para participar",
)
# Caption and credit labels before a colon.
CAPTION_LABELS = ("foto", "fotografía", "imagen", "crédito", "créditos", "pie de foto")
RIGHTS = ("todos los derechos reservados",)
# Words before a publication date in the page ("Publicado el 3 de mayo de 2021").
PUBLISHED = ("publicado el", "publicado", "actualizado el", "actualizado")
