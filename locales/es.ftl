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
nav-admin = Admin

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
error-image-too-small = Esa imagen es demasiado pequeña: necesita al menos 600 píxeles en su lado corto. Elige una más grande.
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
tags-pick-search = Buscar diseños
tags-pick-store = Código de tienda (opcional)
tags-pick-open = Ver las etiquetas para imprimir

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Pantalla de tienda
screen-view-top = Lo que más gusta
screen-view-trending = En tendencia
screen-view-near-goal = Más cerca de la meta
screen-views-label = Clasificaciones de esta pantalla
screen-cta-question = ¿Te gusta lo que ves?
screen-cta = Escanea el código QR de su etiqueta.
screen-live = En vivo
screen-qr = Escanea para dar me gusta al número 1
board-loading = Cargando la clasificación…
board-empty = Aún no hay diseños aquí. ¡El tuyo podría ser el primero!
board-row-label = Número { $rank }: { $title }, { likes-count }
board-of-goal = de { $goal }
board-goal-reached = meta alcanzada
board-store-likes = { $count } aquí
reconnecting = Reconectando…
reconnecting-title = Los contadores en vivo volverán en un momento

## Design page (src/pages/design_detail_page.rs)

design-loading = Cargando el diseño
design-not-found-title = Diseño no encontrado
design-not-found-heading = No encontramos este diseño
design-not-found-text = Puede que se haya eliminado o que el enlace esté incompleto. En la galería hay muchos más.
design-designed-by = Diseñado por { $name }
design-about = Sobre este diseño
design-submitted-on = Enviado el { $date }
design-explain-pending = Estamos revisando este diseño. Cuando se apruebe, todos podrán darle me gusta.
design-explain-voting = Cuando un diseño alcanza su meta, lo ponemos en producción.
design-explain-goal-reached = ¡Alcanzó su meta! Lo estamos preparando para producción.
design-explain-in-production = Alcanzó su meta y ya lo estamos fabricando.
design-explain-in-store = Alcanzó su meta: encuéntralo en nuestras tiendas.
design-explain-rejected = Este diseño no se aprobó para la galería.
design-explain-archived = Este diseño ya no está en la galería.
design-awaiting-review = Tu diseño está esperando la revisión de la marca.
design-awaiting-review-next = Cuando se apruebe, aparecerá en la galería para que todos puedan darle me gusta.
design-follow-on-me = Síguelo en Mis diseños
design-liking-from-store = Estás dando me gusta desde { $store }

## A design's timeline (src/components/design_timeline.rs)

timeline-heading = Del diseño a la tienda
timeline-problem = No pudimos cargar la historia de este diseño. Recarga la página para verla.

## Comments (src/components/comment_list.rs, comment_item.rs, comment_form.rs)

comment-heading = Comentarios
comment-loading = Cargando los comentarios
comment-empty = Aún no hay comentarios. Empieza tú: cuéntanos qué te parece.
comment-sign-in = Inicia sesión para comentar
comment-confirm-delete = ¿Eliminar este comentario para todos?
comment-not-deleted = El comentario no se eliminó. { $reason }
comment-deleted = Comentario eliminado.
comment-designer = Diseñador/a
comment-designer-title = Quien creó este diseño
comment-delete = Eliminar
comment-label = Añade un comentario
comment-placeholder = ¿Qué te gusta? ¿Qué cambiarías?
comment-missing = Escribe tu comentario y luego publícalo.
comment-too-long =
    Tu comentario tiene { $over ->
        [one] { $over } carácter
       *[other] { $over } caracteres
    } de más. Acórtalo a { $max } caracteres y luego publícalo.
comment-post = Publicar comentario
comment-posting = Publicando...
comment-posted = Tu comentario está publicado.

## Reporting a design (src/components/report_form.rs; reasons by ReportReason id)

report-toggle = Denunciar este diseño
report-legend = ¿Por qué denuncias este diseño?
report-reason-offensive = Ofensivo o de odio
report-reason-copyright = Copia el trabajo de otra persona
report-reason-spam = Spam o publicidad
report-reason-off-topic = No es un diseño de ropa
report-reason-other = Otro motivo
report-choose-reason = Elige un motivo y luego envía tu denuncia.
report-not-sent = Tu denuncia no se envió. { $reason }
report-send = Enviar denuncia
report-thanks = Gracias por avisarnos. La marca revisará este diseño.

## My designs and likes (src/pages/my_page.rs, src/components/review_note.rs)

me-title = Mis diseños y me gusta
me-greeting = Hola, { $name }
me-intro = Sigue tus diseños en su camino a producción y encuentra los que te gustan.
me-loading = Cargando tus diseños
me-designs-heading = Mis diseños
me-designs-empty-heading = Aún no has enviado ningún diseño
me-designs-empty-text = Comparte una prenda que te encantaría llevar y descubre a quién le gusta.
me-likes-heading = Diseños que me gustan
me-likes-empty-heading = Aún no hay me gusta
me-likes-empty-text = Toca el corazón en los diseños que llevarías. Te esperarán aquí.
me-browse-gallery = Explorar la galería
me-review-pending = Esperando la revisión de la marca. Cuando se apruebe, aparecerá en la galería para que todos puedan darle me gusta.
me-not-accepted = No aceptado.
me-not-accepted-label = No aceptado:
me-rejected-next = Puedes enviar una nueva versión que lo tenga en cuenta.
me-submit-new = Enviar un nuevo diseño
me-archived = Ya no está en la galería. Conserva sus me gusta.

## Hanger tag page (src/pages/tag_page.rs)

tag-page-heading = Etiqueta de percha
tag-page-title = { $title } · etiqueta de percha
tag-not-found-title = Etiqueta no encontrada
tag-not-found = Este diseño no está (o ya no está) en la galería.
tag-not-on-display = Este diseño aún no se muestra: necesita más me gusta o la aprobación de la marca.
tag-loading = Cargando la etiqueta…
tag-step-goal-reached = Meta alcanzada el { $date }
tag-step-in-production = En producción desde el { $date }
tag-step-in-store = En tienda desde el { $date }

# Sharing, designer pages, comments

goal-more-to-go =
    { $count ->
        [one] Falta { $count } me gusta para hacerlo realidad
       *[other] Faltan { $count } me gusta para hacerlo realidad
    }
share-button = Compartir
share-shared = ¡Gracias por compartir!
share-copied = Enlace copiado
share-copy-by-hand = Copia este enlace:
submitted-heading = ¡Tu diseño se ha enviado!
submitted-pending = Primero lo revisa la marca; cuando lo apruebe, aparecerá en la galería para que todos puedan darle me gusta.
submitted-live = Ya está en la galería, listo para recibir me gusta.
submitted-share = Compártelo con tus amigos: cada me gusta lo acerca a la producción.
designer-loading = Cargando la página del diseñador
designer-not-found-title = Diseñador no encontrado
designer-not-found-heading = No encontramos a este diseñador
designer-not-found-text = Puede que el enlace esté incompleto o que la cuenta ya no exista. En la galería hay muchos diseños por descubrir.
designer-empty-heading = Aún no hay diseños en la galería
designer-empty-text = Este diseñador todavía no tiene diseños públicos. Vuelve pronto o explora la galería.
designer-designs-label = Diseños
designer-designs =
    { $count ->
        [one] diseño
       *[other] diseños
    }
designer-likes =
    { $count ->
        [one] me gusta en total
       *[other] me gusta en total
    }
designer-goals =
    { $count ->
        [one] meta alcanzada
       *[other] metas alcanzadas
    }
comment-reply = Responder
comment-reply-label = Tu respuesta
comment-reply-placeholder = Responde como diseñador
comment-reply-post = Publicar respuesta

# Notifications and after the goal (src/components/notification_bell.rs, notification_panel.rs, after_goal_panel.rs)

notif-bell-label =
    { $count ->
        [0] Notificaciones
        [one] Notificaciones, 1 sin leer
       *[other] Notificaciones, { $count } sin leer
    }
notif-heading = Notificaciones
notif-loading = Cargando notificaciones…
notif-empty = Nada por ahora. Aquí sabrás cuándo avanzan tus diseños y cuándo cobra vida lo que te gustó.
notif-mark-all = Marcar todo como leído
notif-unread = Sin leer
notif-approved = «{ $title }» fue aprobado: ya se le puede dar me gusta.
notif-rejected = «{ $title }» no fue aceptado. La marca dice: { $reason }
notif-comment = { $author } comentó «{ $title }».
notif-goal-reached = ¡«{ $title }» alcanzó su meta! La marca lo fabricará.
notif-liked-in-production = «{ $title }», que te gustó, entra en producción.
notif-liked-in-store = «{ $title }», que te gustó, ya está en las tiendas.
notif-liked-in-your-store = «{ $title }», que te gustó en { $store }, ya está allí en tienda.
notif-wanted-in-store = «{ $title }» ya está en tienda, como pediste saber.
after-goal-heading = ¿Lo quieres?
after-goal-sign-in = Inicia sesión para saber cuándo llega a tienda o para decir qué talla comprarías.
after-goal-notify = Avísame cuando esté en tienda
after-goal-notified = Te avisaremos cuando esté en tienda.
after-goal-size = Talla
after-goal-buy = Lo compraría
after-goal-bought = Lo comprarías en talla { $size }. La marca lo sabe.
after-goal-withdraw = Retirar
after-goal-one-size = Talla única
after-goal-shoe-size = EU { $size }
after-goal-not-saved = No se guardó. { $reason }

## ===== Brand administration (/admin, /admin/insights): keep these last =====

## Administration: frame and shared words (src/pages/admin_page.rs, src/components/admin/admin_nav.rs, require_admin.rs, admin_error.rs, refresh_button.rs, design_summary.rs)

admin-title = Administración
admin-intro = Revisa los diseños nuevos, atiende las denuncias, pasa los ganadores a producción y gestiona el personal y los webhooks.
admin-section-review = Revisión
admin-section-reports = Denuncias
admin-section-production = Producción
admin-section-people = Personas
admin-section-webhooks = Webhooks
admin-tab-waiting = { $count } en espera
admin-nav-insights = Estadísticas
admin-staff-only-heading = Esta página es para el personal de la marca
admin-staff-only-text = Iniciaste sesión como { $name }, que no es una cuenta del personal de la marca. Si trabajas para la marca, pide a un administrador que dé acceso de personal a tu cuenta y luego recarga esta página.
admin-staff-only-gallery = Ir a la galería
admin-error-forbidden = Tu cuenta ya no es del personal de la marca. Pide a otro administrador que vuelva a darte acceso y luego recarga la página.
admin-error-session-ended = Tu sesión terminó. Vuelve a iniciar sesión e inténtalo de nuevo.
admin-refresh = Actualizar
admin-refreshing = Actualizando…
admin-saving = Guardando…
admin-cancel = Cancelar
admin-hidden-badge = Oculto

## Administration: review (src/components/admin/review_queue.rs, pending_design_card.rs, reject_form.rs, note.rs)

admin-review-heading = Diseños por revisar
admin-review-intro = Aprueba un diseño para publicarlo en la galería, o recházalo con un motivo que leerá su diseñador.
admin-review-refresh-label = Actualizar la cola de revisión
admin-review-loading = Cargando los diseños por revisar
admin-review-empty-heading = No hay nada por revisar
admin-review-empty-text = Los diseños nuevos aparecen aquí mientras la moderación está activada. Sin moderación, van directos a la galería.
admin-approve = Aprobar
admin-approving = Aprobando…
admin-reject-open = Rechazar…
admin-approved = Aprobaste «{ $title }»: ya está en la galería.
admin-rejected = Rechazaste «{ $title }». Su diseñador leerá tu motivo en su página.
admin-review-conflict = Otra persona ya revisó este diseño. Actualiza la lista para ver en qué estado está.
admin-reject-reason-label = ¿Por qué lo rechazas?
admin-reject-reason-hint = El diseñador lo leerá en su página. Dile qué haría falta para que encaje.
admin-reject-send = Rechazar diseño
admin-rejecting = Rechazando…
admin-note-required = Escribe un motivo: el diseñador lo leerá.
admin-note-too-long = Usa como máximo { $max } caracteres: este tiene { $length }.
admin-note-count = { $count } / { $max }

## Administration: reports (src/components/admin/reports_queue.rs, reported_design_card.rs, hidden_design_card.rs)

admin-reports-heading = Diseños denunciados
admin-reports-intro = Oculta un diseño para sacarlo de la galería, las etiquetas y las pantallas, o mantenlo visible y cierra sus denuncias.
admin-reports-refresh-label = Actualizar las denuncias
admin-reports-loading = Cargando los diseños denunciados
admin-reports-empty-heading = No hay denuncias abiertas
admin-reports-empty-text = Cuando alguien denuncia un diseño, aparece aquí con sus motivos.
admin-reports-count =
    { $count ->
        [one] { $count } denuncia
       *[other] { $count } denuncias
    }
admin-report-reasons-label = Motivos indicados
admin-hide = Ocultar diseño
admin-keep-shown = Mantenerlo visible
admin-hid = Ocultaste «{ $title }». Ahora solo lo ve el personal.
admin-kept = «{ $title }» sigue visible y sus denuncias quedaron cerradas.
admin-hidden-heading = Diseños ocultos
admin-hidden-loading = Cargando los diseños ocultos
admin-hidden-empty = No hay ningún diseño oculto.
admin-show-again = Volver a mostrar
admin-shown-again = «{ $title }» vuelve a estar visible.

## Administration: production (src/components/admin/production_board.rs, production_design_card.rs)

admin-production-intro = Pasa a producción los diseños que alcanzaron su meta y, después, a las tiendas. Cada paso, con su nota, aparece en la cronología pública del diseño.
admin-production-refresh-label = Actualizar el tablero de producción
admin-production-loading = Cargando los diseños en producción
admin-production-empty-heading = Ningún diseño alcanzó su meta todavía
admin-production-empty-text = Los diseños aparecen aquí cuando reúnen los me gusta que necesitan.
admin-production-group-empty = Ninguno por ahora.
admin-production-note-label = Nota para la cronología pública
admin-production-note-placeholder = Por ejemplo: primeras 200 prendas, en tiendas desde marzo.
admin-step-in-production = Iniciar producción
admin-step-in-store = Marcar como en tienda
admin-step-archived = Archivar
admin-step-other = Avanzar
admin-archive-confirm = ¿Archivar «{ $title }»? Saldrá de la galería, las etiquetas y las pantallas, y no podrá volver.
admin-moved-in-production = «{ $title }» ya está en producción. Su cronología pública muestra el paso.
admin-moved-in-store = «{ $title }» ya está en las tiendas. Su cronología pública muestra el paso.
admin-moved-archived = «{ $title }» está archivado: salió de la galería.
admin-moved-other = «{ $title }» avanzó.

## Administration: people (src/components/admin/people_list.rs, person_row.rs)

admin-people-intro = El personal de la marca puede revisar diseños, gestionar la producción y ver las estadísticas. Busca una cuenta y hazla del personal, o quítale el acceso.
admin-people-search-label = Buscar personas por nombre o correo
admin-people-searching = Buscando…
admin-people-loading = Cargando las cuentas
admin-people-list-label = Cuentas
admin-people-none = Todavía no hay cuentas.
admin-people-no-match = Ningún nombre ni correo contiene «{ $query }». Revisa cómo lo escribiste o busca solo una parte.
admin-person-no-email = Sin correo: un comprador de demostración
admin-person-you = (tú)
admin-role-admin = Personal de la marca
admin-role-user = Comprador
admin-make-admin = Hacer administrador
admin-remove-admin = Quitar administrador
admin-role-granted = { $name } ya es del personal de la marca: puede usar estas páginas.
admin-role-revoked = { $name } ya no es del personal de la marca.
admin-error-own-role = No puedes quitarte tu propio rol de administrador; pídeselo a otro administrador.

## Administration: webhooks (src/components/admin/webhooks_panel.rs, webhook_form.rs, webhook_row.rs, delivery_table.rs)

admin-webhooks-intro = { -brand } envía un POST JSON firmado a cada URL cuando un diseño alcanza su meta o cambia de estado, y reintenta con pausas cada vez más largas si el receptor falla.
admin-webhook-url-label = URL del webhook
admin-webhook-url-missing = Escribe la URL que recibirá los eventos, como https://example.com/hooks/cocrea.
admin-webhook-add = Añadir webhook
admin-webhook-adding = Añadiendo…
admin-webhook-created = Añadiste { $url }. Da su secreto de firma al servicio que recibe los eventos.
admin-webhook-deleted = Eliminaste { $url }: ya no recibirá eventos.
admin-webhooks-loading = Cargando los webhooks
admin-webhooks-list-label = Webhooks registrados
admin-webhooks-empty = Todavía no hay webhooks. Añade una URL arriba para enterarte cuando los diseños alcancen su meta o cambien de estado.
admin-webhook-added-on = Añadido el { $date }
admin-webhook-secret = Secreto de firma
admin-webhook-secret-hint = El receptor comprueba la cabecera X-Cocrea-Signature (HMAC-SHA256 del cuerpo) con esta clave.
admin-webhook-delete = Eliminar
admin-webhook-deleting = Eliminando…
admin-webhook-delete-label = Eliminar el webhook { $url }
admin-webhook-delete-confirm = ¿Eliminar el webhook { $url }? Ya no recibirá eventos.
admin-deliveries-heading = Entregas recientes
admin-deliveries-refresh-label = Actualizar las entregas
admin-deliveries-loading = Cargando las entregas
admin-deliveries-empty = Todavía no hay entregas. Aparecen aquí cuando un diseño alcanza su meta o cambia de estado.
admin-delivery-when = Cuándo
admin-delivery-webhook = Webhook
admin-delivery-event = Evento
admin-delivery-state = Estado
admin-delivery-attempts = Intentos
admin-delivery-last-error = Último error
admin-delivery-deleted-webhook = Webhook { $id } (eliminado)
admin-event-goal-reached = Meta alcanzada
admin-event-status-changed = Cambio de estado
admin-delivery-retrying = Reintentando
admin-delivery-delivered = Entregado
admin-delivery-failed = Falló: sin más intentos

## Insights (src/pages/admin_insights_page.rs, src/components/admin/big_number.rs, column_chart.rs, bar_chart.rs, chart_table.rs)

insights-title = Estadísticas
insights-intro = Qué le gusta a la comunidad, dónde y cuándo. Los días y las semanas están en UTC.
insights-download-csv = Descargar CSV de todos los diseños
insights-loading = Cargando las estadísticas
insights-goals-label =
    { $count ->
        [one] diseño alcanzó su meta
       *[other] diseños alcanzaron su meta
    }
insights-goals-share =
    de { $designs ->
        [one] { $designs } diseño
       *[other] { $designs } diseños
    }: { $percent } %
insights-no-designs = Todavía no hay diseños.
insights-likes-per-day = Me gusta por día, últimos 30 días
insights-likes-per-day-empty = Ningún me gusta en los últimos 30 días.
insights-submissions-per-week = Envíos por semana, últimas 12 semanas
insights-submissions-empty = No se envió ningún diseño en las últimas 12 semanas.
insights-likes-by-category = Me gusta por categoría
insights-likes-by-store = Me gusta por tienda
insights-top-designs = Diseños más gustados
insights-no-likes = Todavía no hay me gusta.
insights-top-empty = Ningún diseño tiene me gusta todavía.
insights-store-online = En línea (sin tienda)
insights-axis-day = Día
insights-axis-week = Inicio de semana
insights-axis-likes = Me gusta
insights-axis-designs = Diseños
insights-axis-category = Categoría
insights-axis-store = Tienda
insights-axis-design = Diseño
insights-designs-count =
    { $count ->
        [one] { $count } diseño
       *[other] { $count } diseños
    }
insights-total = { $count } en total
insights-column-summary = { $title }, del { $first } al { $last }: { $total } en total, el máximo el { $busiest } ({ $most }).
insights-bar-summary = { $title }: { $rows }.
insights-bar-row = { $label } { $count }
insights-no-data = { $title }: sin datos.
insights-show-numbers = Ver los números

# Notifications and after the goal: the brand's insights (src/pages/admin_insights_page.rs)

insights-intents = Quién lo compraría, por diseño y talla
insights-intents-empty = Nadie ha dicho todavía que compraría un diseño.
insights-intents-size = Talla
insights-intents-people = Personas
insights-intents-notify-only = Solo aviso (sin talla)
