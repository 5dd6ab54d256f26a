### Las palabras de cocrea en español (neutro, de tú).
###
### Cada mensaje de en.ftl debe estar aquí, con el mismo id; build.rs falla si falta
### alguno o si un mensaje usa una variable que el inglés no tiene.
### "like" es "me gusta" (invariable): "1 me gusta", "3 me gusta".

-brand = cocrea

## Shared words

likes-count = { $count } me gusta
by-designer = por { $name }
try-again = Intentar de nuevo
loading = Cargando...
spinner-loading = Cargando
back-to-gallery = Volver a la galería

## App frame (src/app.rs)

skip-to-content = Saltar al contenido

## Site header (src/components/site_header.rs)

header-home = Inicio de { -brand }
header-nav = Principal
nav-gallery = Galería
nav-submit = Enviar un diseño
nav-submit-short = Enviar
nav-sign-in = Entrar
nav-sign-up = Regístrate
nav-account = Mis diseños y me gusta
nav-signed-in-as = Sesión iniciada como { $name }
nav-sign-out = Salir
sign-out-failed = Tu sesión sigue abierta. { $reason }
language-label = Idioma

## Site footer (src/components/site_footer.rs)

footer-tagline = { -brand }: diseñado por nuestra comunidad, elegido por ti, hecho por nosotros.
footer-share = Comparte tu diseño

## Design statuses (DesignStatus, by its id)

status-pending = En revisión
status-voting = En votación
status-goal-reached = Meta alcanzada
status-in-production = En producción
status-in-store = En tienda
status-rejected = Rechazado
status-archived = Archivado

## Categories (Category, by its slug)

category-dresses = Vestidos
category-tops = Tops
category-knitwear = Punto
category-outerwear = Abrigos
category-trousers = Pantalones
category-skirts = Faldas
category-accessories = Accesorios
category-shoes = Zapatos

## Sort orders (SortOrder, by its id)

sort-trending = Tendencia
sort-new = Novedades
sort-top = Más gustados
sort-near-goal = Cerca de la meta

## Errors the API answers with (ErrorCode, by its code)

error-network = No pudimos conectar con { -brand }. Revisa tu conexión a internet y vuelve a intentarlo.
error-not-found = No encontramos eso. Puede que se haya eliminado.
error-payload-too-large = Esa imagen es demasiado grande. Elige una de menos de 10 MB y vuelve a intentarlo.
error-unsupported-image-type = Ese archivo no es una imagen que podamos usar. Elige una imagen PNG, JPEG o WebP.
error-invalid-image = No pudimos abrir esa imagen. Puede estar dañada: prueba con otro archivo.
error-image-dimensions-too-large = Esa imagen tiene demasiados píxeles. Redúcela y vuelve a intentarlo.
error-bad-request = Algo falló en esa solicitud. Recarga la página y vuelve a intentarlo.
error-unauthorized = Inicia sesión primero y vuelve a intentarlo.
error-invalid-credentials = Ese correo y esa contraseña no coinciden con ninguna cuenta. Revísalos y vuelve a intentarlo.
error-email-taken = Ya existe una cuenta con este correo. Inicia sesión.
error-invalid-email = Escribe un correo como nombre@ejemplo.com.
error-common-password = Esa contraseña es demasiado común y fácil de adivinar. Elige otra.
error-forbidden = Tu cuenta no puede hacer eso.
error-conflict = Eso no se puede hacer ahora. Recarga la página para ver lo último y vuelve a intentarlo.
error-invalid-url = Escribe una dirección web que empiece por https:// o http://.
error-missing-field = Completa todos los campos obligatorios y vuelve a intentarlo.
error-too-short = Parte de lo que escribiste es demasiado corto. Añade un poco más y vuelve a intentarlo.
error-too-long = Parte de lo que escribiste es demasiado largo. Acórtalo y vuelve a intentarlo.
error-unknown-category = Elige una de las categorías de la lista.
error-rate-limited = Demasiadas acciones seguidas. Espera un minuto y vuelve a intentarlo.
error-internal = Algo falló de nuestro lado. Vuelve a intentarlo en un momento.
error-other = Algo no funcionó. Recarga la página y vuelve a intentarlo.

## Errors beside a form field (the shared validation rules, by field and code)

field-title-missing = El título es obligatorio.
field-title-too-short = El título necesita al menos { $min } caracteres.
field-title-too-long = El título puede tener como máximo { $max } caracteres.
field-description-too-long = La descripción puede tener como máximo { $max } caracteres.
field-category-missing = Elige una categoría.
field-category-unknown = Elige una de las categorías de la lista.
field-image-missing = Elige una imagen de tu diseño.
field-image-too-large = La imagen pesa más de 10 MB. Elige una más ligera.
field-image-unsupported = Elige una imagen PNG, JPEG o WebP.
field-name-missing = Tu nombre es obligatorio.
field-name-too-short = Tu nombre necesita al menos { $min } caracteres.
field-name-too-long = Tu nombre puede tener como máximo { $max } caracteres.
field-email-missing = El correo es obligatorio.
field-password-missing = Escribe tu contraseña.
field-password-too-short = Elige una contraseña de al menos { $min } caracteres.
field-password-too-long = Elige una contraseña de como máximo { $max } caracteres.
field-password-common = Esta contraseña es demasiado común y fácil de adivinar. Elige otra.

## Gallery page (src/pages/gallery_page.rs, src/components/gallery_controls.rs)

gallery-title = Galería
gallery-heading = Diseñado por ti. Hecho por nosotros.
gallery-intro = Dale me gusta a los diseños que quieres llevar. Cuando uno alcanza su meta, lo producimos.
gallery-loading = Cargando diseños
gallery-updating = Actualizando diseños
gallery-load-more = Ver más
gallery-no-match-heading = Ningún diseño coincide con tu búsqueda
gallery-no-match-text = Prueba con otras palabras u otra categoría, o míralo todo.
gallery-clear-filters = Quitar filtros
gallery-empty-heading = Aún no hay diseños
gallery-empty-text = Empieza tú: comparte un diseño y descubre a quién le gusta.
search-label = Buscar
search-placeholder = Lino, denim, flores...
search-button = Buscar
sort-label = Ordenar por
category-label = Categoría
category-all = Todas las categorías

## A design in the gallery (src/components/design_card.rs)

card-rejection-reason = Motivo: { $reason }

## Likes (src/components/like_button.rs, like_count.rs, goal_progress.rs)

like-word = Me gusta
like-unit = me gusta
like-announce-liked = Te gusta. { likes-count }
like-announce-removed = Ya no te gusta. { likes-count }
like-announce-not-saved = No se guardó. { likes-count }
like-not-saved = Tu me gusta no se guardó. { $reason }
like-not-removed = Tu me gusta no se quitó. { $reason }
goal-bar-label = Me gusta hacia la meta de producción
goal-likes-of = { $likes } de { $goal } me gusta

## Sign-in and sign-up (src/pages/login_page.rs, signup_page.rs, src/components/login_form.rs, signup_form.rs, password_field.rs, form_banner.rs)

login-title = Iniciar sesión
login-heading = Iniciar sesión
login-intro = Hola de nuevo. Inicia sesión para dar me gusta a diseños y compartir los tuyos.
login-intro-like = Inicia sesión y tu me gusta se guarda al instante.
login-new = ¿Primera vez en { -brand }?
login-create-account = Crea una cuenta
login-submit = Iniciar sesión
login-sending = Iniciando sesión...
signup-title = Crear una cuenta
signup-heading = Crea tu cuenta
signup-intro = Dale me gusta a los diseños que quieres que hagamos y comparte los tuyos.
signup-intro-like = Un minuto y tu me gusta queda guardado.
signup-have-account = ¿Ya tienes una cuenta?
signup-sign-in = Inicia sesión
signup-submit = Crear cuenta
signup-sending = Creando tu cuenta...
name-label = Nombre visible
name-hint = Se muestra junto a tus diseños, de { $min } a { $max } caracteres.
email-label = Correo electrónico
email-hint = Lo usarás para iniciar sesión. Nunca se lo mostramos a nadie.
password-label = Contraseña
password-hint = Al menos { $min } caracteres. Unas palabras que recuerdes funcionan bien.
password-show = Mostrar
password-hide = Ocultar
password-show-label = Mostrar la contraseña
password-hide-label = Ocultar la contraseña
form-email-taken = Ya existe una cuenta con este correo.
form-sign-in-instead = Inicia sesión.
checking-sign-in = Comprobando quién ha iniciado sesión

## Submit page (src/pages/submit_page.rs, src/components/submit_form.rs, image_picker.rs)

submit-title = Enviar un diseño
submit-heading = Envía un diseño
submit-intro = Comparte una prenda que te encantaría llevar. Si gusta a suficientes personas, la fabricaremos y la llevaremos a nuestras tiendas.
submit-shown-as = Se mostrará como diseño de { $name }.
image-label = Imagen de tu diseño
image-drop-title = Arrastra tu imagen aquí
image-drop-or = o { $choose }
image-choose-file = elige un archivo
image-preview-alt = Vista previa de la imagen que elegiste
image-change = Cambiar imagen
image-help = PNG, JPEG o WebP, hasta 10 MB. Funciona mejor una foto bien iluminada o un boceto limpio.
file-size-bytes =
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
title-label = Título
title-hint = De { $min } a { $max } caracteres, p. ej. "Vestido cruzado de lino color atardecer".
description-label = Descripción
optional = (opcional)
description-count = { $count } / { $max } caracteres
category-choose = Elige una categoría
upload-progress-label = Progreso de la subida
upload-processing = Procesando tu imagen...
upload-percent = Subiendo... { $percent } %
upload-unprepared = Tu navegador no pudo preparar la subida. Recarga la página y vuelve a intentarlo.
submit-button = Enviar diseño
submit-sending = Enviando...
submit-note = Al enviarlo, confirmas que el diseño es obra tuya.

## Not found (src/pages/not_found_page.rs, src/components/not_found.rs)

not-found-title = Página no encontrada
not-found-heading = No encontramos esa página
not-found-text = Puede que el enlace sea antiguo o tenga un error. En la galería está todo lo publicado.

## Hanger tags (src/components/tag_card.rs, qr_code.rs, src/pages/tags_page.rs)

tag-milestone-goal-reached = ¡Meta alcanzada! Pasa a producción.
tag-milestone-in-production = Meta alcanzada: ya lo estamos fabricando.
tag-milestone-in-store = Hecho por ti: a la venta en nuestras tiendas.
tag-goal-line = Con { $goal } me gusta se hace realidad
tag-this-store = en esta tienda: { $count }
tag-scan = Escanea y dale me gusta
qr-alt = Código QR: escanéalo con la cámara de tu teléfono para dar me gusta a este diseño
tags-title = Imprimir etiquetas
tags-help-heading = Imprimir etiquetas de percha
tags-help-ids = Añade a la dirección los números de los diseños, como { $example },
tags-help-store = y el código de una tienda para contar allí sus me gusta: { $example }.
tags-heading = Etiquetas de percha
tags-summary =
    { $tags ->
        [one] { $tags } etiqueta
       *[other] { $tags } etiquetas
    } en { $sheets ->
        [one] { $sheets } hoja A4
       *[other] { $sheets } hojas A4
    }
tags-summary-store =
    { $tags ->
        [one] { $tags } etiqueta
       *[other] { $tags } etiquetas
    } en { $sheets ->
        [one] { $sheets } hoja A4
       *[other] { $sheets } hojas A4
    }, para la tienda { $store }
tags-missing = El diseño { $id } no está en la galería: sin etiqueta.
tags-loading = Cargando las etiquetas
tags-print = Imprimir

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Pantalla de tienda
screen-view-top = Lo que más gusta
screen-view-trending = En tendencia
screen-view-near-goal = Más cerca de la meta
screen-views-label = Clasificaciones de esta pantalla
screen-cta-question = ¿Te gusta lo que ves?
screen-cta = Escanea el código QR de su etiqueta.
screen-live = En vivo
board-loading = Cargando la clasificación…
board-empty = Aún no hay diseños aquí. ¡El tuyo podría ser el primero!
board-row-label = Número { $rank }: { $title }, { likes-count }
board-of-goal = de { $goal }
board-goal-reached = meta alcanzada
board-store-likes = { $count } aquí
reconnecting = Reconectando…
reconnecting-title = Los contadores en vivo volverán en un momento

## ===== Brand administration (/admin, /admin/insights): keep these last =====
