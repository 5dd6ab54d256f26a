### Le parole di cocrea in italiano (del tu).
###
### Ogni messaggio di en.ftl deve esserci anche qui, con lo stesso id; build.rs si
### ferma se ne manca uno o se un messaggio usa una variabile che l'inglese non ha.
### "like" è "mi piace" (invariabile): "1 mi piace", "3 mi piace".

-brand = cocrea

## Shared words

likes-count = { $count } mi piace
by-designer = di { $name }
try-again = Riprova
loading = Caricamento...
spinner-loading = Caricamento
back-to-gallery = Torna alla galleria

## App frame (src/app.rs)

skip-to-content = Vai al contenuto

## Site header (src/components/site_header.rs)

header-home = { -brand }, pagina iniziale
header-nav = Principale
nav-gallery = Galleria
nav-submit = Invia un design
nav-submit-short = Invia
nav-sign-in = Accedi
nav-sign-up = Registrati
nav-account = I miei design e i miei mi piace
nav-signed-in-as = Accesso effettuato come { $name }
nav-sign-out = Esci
sign-out-failed = La sessione è ancora aperta. { $reason }
language-label = Lingua
nav-admin = Admin

## Site footer (src/components/site_footer.rs)

footer-tagline = { -brand }: disegnato dalla nostra community, scelto da te, realizzato da noi.
footer-share = Condividi il tuo design

## Design statuses (DesignStatus, by its id)

status-pending = In revisione
status-voting = In votazione
status-goal-reached = Obiettivo raggiunto
status-in-production = In produzione
status-in-store = In negozio
status-rejected = Rifiutato
status-archived = Archiviato

## Categories (Category, by its slug)

category-dresses = Abiti
category-tops = Top
category-knitwear = Maglieria
category-outerwear = Capispalla
category-trousers = Pantaloni
category-skirts = Gonne
category-accessories = Accessori
category-shoes = Scarpe

## Sort orders (SortOrder, by its id)

sort-trending = Di tendenza
sort-new = Novità
sort-top = I più amati
sort-near-goal = Vicini all'obiettivo

## Errors the API answers with (ErrorCode, by its code)

error-network = Non riusciamo a raggiungere { -brand }. Controlla la connessione a internet e riprova.
error-not-found = Non l'abbiamo trovato. Potrebbe essere stato rimosso.
error-payload-too-large = L'immagine è troppo grande. Scegline una sotto i 10 MB e riprova.
error-unsupported-image-type = Questo file non è un'immagine che possiamo usare. Scegli un'immagine PNG, JPEG o WebP.
error-invalid-image = Non riusciamo ad aprire l'immagine. Potrebbe essere danneggiata: prova con un altro file.
error-image-dimensions-too-large = L'immagine ha troppi pixel. Ridimensionala e riprova.
error-image-too-small = L'immagine è troppo piccola: servono almeno 600 pixel sul lato corto. Scegline una più grande.
error-bad-request = Qualcosa in questa richiesta non ha funzionato. Ricarica la pagina e riprova.
error-unauthorized = Prima accedi, poi riprova.
error-invalid-credentials = Email e password non corrispondono a nessun account. Controllale e riprova.
error-email-taken = Esiste già un account con questa email. Accedi.
error-invalid-email = Inserisci un indirizzo email come nome@esempio.com.
error-common-password = Questa password è troppo comune e facile da indovinare. Scegline un'altra.
error-forbidden = Il tuo account non può farlo.
error-conflict = Non si può fare adesso. Ricarica la pagina per vedere gli ultimi aggiornamenti, poi riprova.
error-invalid-url = Inserisci un indirizzo web che inizi con https:// o http://.
error-missing-field = Compila tutti i campi obbligatori, poi riprova.
error-too-short = Una parte del testo è troppo corta. Aggiungi qualcosa e riprova.
error-too-long = Una parte del testo è troppo lunga. Accorciala e riprova.
error-unknown-category = Scegli una delle categorie dell'elenco.
error-rate-limited = Troppe azioni in poco tempo. Aspetta un minuto, poi riprova.
error-internal = Qualcosa è andato storto da parte nostra. Riprova tra un momento.

## Errors beside a form field (the shared validation rules, by field and code)

field-title-missing = Il titolo è obbligatorio.
field-title-too-short = Il titolo deve avere almeno { $min } caratteri.
field-title-too-long = Il titolo può avere al massimo { $max } caratteri.
field-description-too-long = La descrizione può avere al massimo { $max } caratteri.
field-category-missing = Scegli una categoria.
field-category-unknown = Scegli una delle categorie dell'elenco.
field-image-missing = Scegli un'immagine del tuo design.
field-image-too-large = L'immagine supera i 10 MB. Scegline una più leggera.
field-image-unsupported = Scegli un'immagine PNG, JPEG o WebP.
field-name-missing = Il nome è obbligatorio.
field-name-too-short = Il nome deve avere almeno { $min } caratteri.
field-name-too-long = Il nome può avere al massimo { $max } caratteri.
field-email-missing = L'email è obbligatoria.
field-password-missing = Inserisci la password.
field-password-too-short = Scegli una password di almeno { $min } caratteri.
field-password-too-long = Scegli una password di al massimo { $max } caratteri.
field-password-common = Questa password è troppo comune e facile da indovinare. Scegline un'altra.

## Gallery page (src/pages/gallery_page.rs, src/components/gallery_controls.rs)

gallery-title = Galleria
gallery-heading = Disegnato da te. Realizzato da noi.
gallery-intro = Metti mi piace ai design che vorresti indossare. Quando uno raggiunge l'obiettivo, lo produciamo.
gallery-loading = Caricamento dei design
gallery-updating = Aggiornamento dei design
gallery-load-more = Mostra altri
gallery-no-match-heading = Nessun design corrisponde alla ricerca
gallery-no-match-text = Prova altre parole o un'altra categoria, oppure guarda tutto.
gallery-clear-filters = Rimuovi i filtri
gallery-empty-heading = Ancora nessun design
gallery-empty-text = Inizia tu: condividi un design e scopri a chi piace.
search-label = Cerca
search-placeholder = Lino, denim, fiori...
search-button = Cerca
sort-label = Ordina per
category-label = Categoria
category-all = Tutte le categorie

## Likes (src/components/like_button.rs, like_count.rs, goal_progress.rs)

like-word = Mi piace
like-unit = mi piace
like-announce-liked = Ti piace. { likes-count }
like-announce-removed = Mi piace rimosso. { likes-count }
like-announce-not-saved = Non salvato. { likes-count }
like-not-saved = Il tuo mi piace non è stato salvato. { $reason }
like-not-removed = Il tuo mi piace non è stato rimosso. { $reason }
goal-bar-label = Mi piace verso l'obiettivo di produzione
goal-likes-of = { $likes } di { $goal } mi piace

## Sign-in and sign-up (src/pages/login_page.rs, signup_page.rs, src/components/login_form.rs, signup_form.rs, password_field.rs, form_banner.rs)

login-title = Accedi
login-heading = Accedi
login-intro = Ciao di nuovo. Accedi per mettere mi piace ai design e condividere i tuoi.
login-intro-like = Accedi e il tuo mi piace viene salvato subito.
login-new = Prima volta su { -brand }?
login-create-account = Crea un account
login-submit = Accedi
login-sending = Accesso in corso...
signup-title = Crea un account
signup-heading = Crea il tuo account
signup-intro = Metti mi piace ai design che vuoi farci realizzare e condividi i tuoi.
signup-intro-like = Un minuto e il tuo mi piace è salvato.
signup-have-account = Hai già un account?
signup-sign-in = Accedi
signup-submit = Crea account
signup-sending = Creazione dell'account...
name-label = Nome visualizzato
name-hint = Appare accanto ai tuoi design, da { $min } a { $max } caratteri.
email-label = Email
email-hint = La userai per accedere. Non la mostriamo mai a nessuno.
password-label = Password
password-hint = Almeno { $min } caratteri. Qualche parola che ricorderai funziona bene.
password-show = Mostra
password-hide = Nascondi
password-show-label = Mostra la password
password-hide-label = Nascondi la password
form-email-taken = Esiste già un account con questa email.
form-sign-in-instead = Accedi.
checking-sign-in = Verifica dell'accesso in corso

## Submit page (src/pages/submit_page.rs, src/components/submit_form.rs, image_picker.rs)

submit-title = Invia un design
submit-heading = Invia un design
submit-intro = Condividi un capo che ti piacerebbe indossare. Se piace a tante persone, lo realizziamo e lo portiamo nei nostri negozi.
submit-shown-as = Verrà mostrato come design di { $name }.
image-label = Immagine del tuo design
image-drop-title = Trascina qui la tua immagine
image-drop-or = oppure { $choose }
image-choose-file = scegli un file
image-preview-alt = Anteprima dell'immagine scelta
image-change = Cambia immagine
image-help = PNG, JPEG o WebP, fino a 10 MB. Una foto ben illuminata o uno schizzo pulito funzionano meglio.
file-size-bytes = { $count } byte
title-label = Titolo
title-hint = Da { $min } a { $max } caratteri, ad es. "Abito a portafoglio in lino color tramonto".
description-label = Descrizione
optional = (facoltativa)
description-count = { $count } / { $max } caratteri
category-choose = Scegli una categoria
upload-progress-label = Avanzamento del caricamento
upload-processing = Elaborazione dell'immagine...
upload-percent = Caricamento... { $percent }%
upload-unprepared = Il browser non è riuscito a preparare il caricamento. Ricarica la pagina e riprova.
submit-button = Invia il design
submit-sending = Invio in corso...
submit-note = Inviando, confermi che il design è opera tua.

## Not found (src/pages/not_found_page.rs, src/components/not_found.rs)

not-found-title = Pagina non trovata
not-found-heading = Non troviamo questa pagina
not-found-text = Il link potrebbe essere vecchio o contenere un errore. Nella galleria c'è tutto ciò che è online.

## Hanger tags (src/components/tag_card.rs, qr_code.rs, src/pages/tags_page.rs)

tag-milestone-goal-reached = Obiettivo raggiunto! Passa in produzione.
tag-milestone-in-production = Obiettivo raggiunto: lo stiamo realizzando.
tag-milestone-in-store = Creato da te: in vendita nei nostri negozi.
tag-goal-line = Con { $goal } mi piace diventa realtà
tag-this-store = in questo negozio: { $count }
tag-scan = Scansiona e metti mi piace
qr-alt = Codice QR: scansionalo con la fotocamera del telefono per mettere mi piace a questo design
tags-title = Stampa cartellini
tags-help-heading = Stampa i cartellini
tags-heading = Cartellini
tags-summary =
    { $tags ->
        [one] { $tags } cartellino
       *[other] { $tags } cartellini
    } su { $sheets ->
        [one] { $sheets } foglio A4
       *[other] { $sheets } fogli A4
    }
tags-summary-store =
    { $tags ->
        [one] { $tags } cartellino
       *[other] { $tags } cartellini
    } su { $sheets ->
        [one] { $sheets } foglio A4
       *[other] { $sheets } fogli A4
    }, per il negozio { $store }
tags-missing = Il design { $id } non è nella galleria: nessun cartellino.
tags-loading = Caricamento dei cartellini
tags-print = Stampa
tags-pick-search = Cerca design
tags-pick-store = Codice del negozio (facoltativo)
tags-pick-open = Mostra le etichette da stampare

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Schermo del negozio
screen-view-top = I più amati
screen-view-trending = Di tendenza ora
screen-view-near-goal = Più vicini all'obiettivo
screen-views-label = Classifiche su questo schermo
screen-cta-question = Ti piace quello che vedi?
screen-cta = Scansiona il codice QR sul suo cartellino.
screen-live = In diretta
screen-qr = Inquadra per mettere mi piace al numero 1
board-loading = Caricamento della classifica…
board-empty = Ancora nessun design qui. Il tuo potrebbe essere il primo!
board-row-label = Numero { $rank }: { $title }, { likes-count }
board-of-goal = di { $goal }
board-goal-reached = obiettivo raggiunto
board-store-likes = { $count } qui
reconnecting = Riconnessione…
reconnecting-title = I conteggi in diretta tornano tra un momento

## Design page (src/pages/design_detail_page.rs)

design-loading = Caricamento del design
design-not-found-title = Design non trovato
design-not-found-heading = Non troviamo questo design
design-not-found-text = Potrebbe essere stato rimosso, o il link è incompleto. Nella galleria ce ne sono molti altri.
design-designed-by = Disegnato da { $name }
design-about = Informazioni su questo design
design-submitted-on = Inviato il { $date }
design-explain-pending = Stiamo esaminando questo design. Una volta approvato, tutti potranno mettergli mi piace.
design-explain-voting = Quando un design raggiunge l'obiettivo, lo mettiamo in produzione.
design-explain-goal-reached = Ha raggiunto l'obiettivo! Lo stiamo preparando per la produzione.
design-explain-in-production = Ha raggiunto l'obiettivo e lo stiamo realizzando.
design-explain-in-store = Ha raggiunto l'obiettivo: lo trovi nei nostri negozi.
design-explain-rejected = Questo design non è stato approvato per la galleria.
design-explain-archived = Questo design non è più nella galleria.
design-awaiting-review = Il tuo design è in attesa della revisione del brand.
design-awaiting-review-next = Una volta approvato, apparirà nella galleria e tutti potranno mettergli mi piace.
design-follow-on-me = Seguilo in I miei design
design-liking-from-store = Stai mettendo mi piace da { $store }

## A design's timeline (src/components/design_timeline.rs)

timeline-heading = Dal design al negozio
timeline-problem = Non riusciamo a caricare la cronologia di questo design. Ricarica la pagina per vederla.

## Comments (src/components/comment_list.rs, comment_item.rs, comment_form.rs)

comment-heading = Commenti
comment-loading = Caricamento dei commenti
comment-empty = Ancora nessun commento. Inizia tu: dicci cosa ne pensi.
comment-sign-in = Accedi per commentare
comment-confirm-delete = Eliminare questo commento per tutti?
comment-not-deleted = Il commento non è stato eliminato. { $reason }
comment-deleted = Commento eliminato.
comment-designer = Designer
comment-designer-title = Chi ha creato questo design
comment-delete = Elimina
comment-label = Aggiungi un commento
comment-placeholder = Cosa ti piace? Cosa cambieresti?
comment-missing = Scrivi il tuo commento, poi pubblicalo.
comment-too-long =
    Il tuo commento ha { $over ->
        [one] { $over } carattere
       *[other] { $over } caratteri
    } di troppo. Accorcialo a { $max } caratteri, poi pubblicalo.
comment-post = Pubblica il commento
comment-posting = Pubblicazione...
comment-posted = Il tuo commento è stato pubblicato.

## Reporting a design (src/components/report_form.rs; reasons by ReportReason id)

report-toggle = Segnala questo design
report-legend = Perché segnali questo design?
report-reason-offensive = Offensivo o che incita all'odio
report-reason-copyright = Copia il lavoro di qualcun altro
report-reason-spam = Spam o pubblicità
report-reason-off-topic = Non è il design di un capo
report-reason-other = Altro
report-choose-reason = Scegli un motivo, poi invia la segnalazione.
report-not-sent = La segnalazione non è stata inviata. { $reason }
report-send = Invia la segnalazione
report-thanks = Grazie per la segnalazione. Il brand esaminerà questo design.

## My designs and likes (src/pages/my_page.rs, src/components/review_note.rs)

me-title = I miei design e i miei mi piace
me-greeting = Ciao, { $name }
me-intro = Segui i tuoi design nel loro percorso verso la produzione e ritrova quelli che ti piacciono.
me-loading = Caricamento dei tuoi design
me-designs-heading = I miei design
me-designs-empty-heading = Non hai ancora inviato un design
me-designs-empty-text = Condividi un capo che ti piacerebbe indossare e scopri a chi piace.
me-likes-heading = Design che mi piacciono
me-likes-empty-heading = Ancora nessun mi piace
me-likes-empty-text = Tocca il cuore sui design che indosseresti. Ti aspetteranno qui.
me-browse-gallery = Esplora la galleria
me-review-pending = In attesa della revisione del brand. Una volta approvato, apparirà nella galleria e tutti potranno mettergli mi piace.
me-not-accepted = Non accettato.
me-not-accepted-label = Non accettato:
me-rejected-next = Puoi inviare una nuova versione che ne tenga conto.
me-submit-new = Invia un nuovo design
me-archived = Non è più nella galleria. I suoi mi piace restano.

## Hanger tag page (src/pages/tag_page.rs)

tag-page-heading = Cartellino
tag-page-title = { $title } · cartellino
tag-not-found-title = Cartellino non trovato
tag-not-found = Questo design non è (più) nella galleria.
tag-not-on-display = Questo design non è ancora esposto: servono più mi piace o l'approvazione del marchio.
tag-loading = Caricamento del cartellino…
tag-step-goal-reached = Obiettivo raggiunto il { $date }
tag-step-in-production = In produzione dal { $date }
tag-step-in-store = In negozio dal { $date }

# Sharing, designer pages, comments

goal-more-to-go =
    { $count ->
        [one] Manca { $count } mi piace per realizzarlo
       *[other] Mancano { $count } mi piace per realizzarlo
    }
share-button = Condividi
share-shared = Grazie per aver condiviso!
share-copied = Link copiato
share-copy-by-hand = Copia questo link:
submitted-heading = Il tuo design è stato inviato!
submitted-pending = Prima lo esamina il marchio; una volta approvato, compare nella galleria e tutti potranno mettere mi piace.
submitted-live = È già nella galleria, pronto per i mi piace.
submitted-share = Condividilo con gli amici: ogni mi piace lo avvicina alla produzione.
designer-loading = Caricamento della pagina del designer
designer-not-found-title = Designer non trovato
designer-not-found-heading = Non abbiamo trovato questo designer
designer-not-found-text = Il link potrebbe essere incompleto, o l'account non esiste più. Nella galleria ci sono tanti design da scoprire.
designer-empty-heading = Ancora nessun design nella galleria
designer-empty-text = Questo designer non ha ancora design pubblici. Torna presto, o sfoglia la galleria.
designer-designs-label = Design
designer-designs =
    { $count ->
        [one] design
       *[other] design
    }
designer-likes =
    { $count ->
        [one] mi piace in tutto
       *[other] mi piace in tutto
    }
designer-goals =
    { $count ->
        [one] obiettivo raggiunto
       *[other] obiettivi raggiunti
    }
comment-reply = Rispondi
comment-reply-label = La tua risposta
comment-reply-placeholder = Rispondi come designer
comment-reply-post = Pubblica risposta

# Notifications and after the goal (src/components/notification_bell.rs, notification_panel.rs, after_goal_panel.rs)

notif-bell-label =
    { $count ->
        [0] Notifiche
        [one] Notifiche, 1 da leggere
       *[other] Notifiche, { $count } da leggere
    }
notif-heading = Notifiche
notif-loading = Caricamento delle notifiche…
notif-empty = Ancora niente. Qui saprai quando i tuoi design vanno avanti e quando ciò che ti è piaciuto prende vita.
notif-mark-all = Segna tutte come lette
notif-unread = Da leggere
notif-approved = «{ $title }» è stato approvato: ora si può votare.
notif-rejected = «{ $title }» non è stato accettato. Il brand dice: { $reason }
notif-comment = { $author } ha commentato «{ $title }».
notif-goal-reached = «{ $title }» ha raggiunto il suo obiettivo! Il brand lo produrrà.
notif-liked-in-production = «{ $title }», che ti è piaciuto, va in produzione.
notif-liked-in-store = «{ $title }», che ti è piaciuto, ora è nei negozi.
notif-liked-in-your-store = «{ $title }», che ti è piaciuto a { $store }, ora è in negozio lì.
notif-wanted-in-store = «{ $title }» ora è in negozio, come volevi sapere.
after-goal-heading = Lo vuoi?
after-goal-sign-in = Accedi per sapere quando arriva in negozio o per dire quale taglia compreresti.
after-goal-notify = Avvisami quando è in negozio
after-goal-notified = Ti avviseremo quando sarà in negozio.
after-goal-size = Taglia
after-goal-buy = Lo comprerei
after-goal-bought = Lo compreresti in taglia { $size }. Il brand lo sa.
after-goal-withdraw = Ritira
after-goal-one-size = Taglia unica
after-goal-shoe-size = EU { $size }
after-goal-not-saved = Non salvato. { $reason }

## ===== Brand administration (/admin, /admin/insights): keep these last =====

## Administration: frame and shared words (src/pages/admin_page.rs, src/components/admin/admin_nav.rs, require_admin.rs, admin_error.rs, refresh_button.rs, design_summary.rs)

admin-title = Amministrazione
admin-intro = Rivedi i nuovi design, gestisci le segnalazioni, porta in produzione i vincitori e gestisci lo staff e i webhook.
admin-section-review = Revisione
admin-section-reports = Segnalazioni
admin-section-production = Produzione
admin-section-people = Persone
admin-section-webhooks = Webhook
admin-tab-waiting = { $count } in attesa
admin-nav-insights = Statistiche
admin-staff-only-heading = Questa pagina è per lo staff del brand
admin-staff-only-text = Hai effettuato l'accesso come { $name }, che non è un account dello staff del brand. Se lavori per il brand, chiedi a un amministratore di dare al tuo account l'accesso da staff, poi ricarica questa pagina.
admin-staff-only-gallery = Vai alla galleria
admin-error-forbidden = Il tuo account non fa più parte dello staff del brand. Chiedi a un altro amministratore di ridarti l'accesso, poi ricarica la pagina.
admin-error-session-ended = La tua sessione è scaduta. Accedi di nuovo, poi riprova.
admin-refresh = Aggiorna
admin-refreshing = Aggiornamento…
admin-saving = Salvataggio…
admin-cancel = Annulla
admin-hidden-badge = Nascosto

## Administration: review (src/components/admin/review_queue.rs, pending_design_card.rs, reject_form.rs, note.rs)

admin-review-heading = Design in attesa di revisione
admin-review-intro = Approva un design per metterlo nella galleria, oppure rifiutalo con un motivo che il suo designer leggerà.
admin-review-refresh-label = Aggiorna la coda di revisione
admin-review-loading = Caricamento dei design in attesa di revisione
admin-review-empty-heading = Niente da rivedere
admin-review-empty-text = I nuovi design compaiono qui quando la moderazione è attiva. Senza moderazione, vanno direttamente nella galleria.
admin-approve = Approva
admin-approving = Approvazione…
admin-reject-open = Rifiuta…
admin-approved = Hai approvato «{ $title }»: ora è nella galleria.
admin-rejected = Hai rifiutato «{ $title }». Il designer legge il tuo motivo nella sua pagina.
admin-review-conflict = Qualcuno ha già rivisto questo design. Aggiorna l'elenco per vedere a che punto è.
admin-reject-reason-label = Perché lo rifiuti?
admin-reject-reason-hint = Il designer lo legge nella sua pagina. Spiega cosa lo renderebbe adatto.
admin-reject-send = Rifiuta il design
admin-rejecting = Rifiuto in corso…
admin-note-required = Scrivi un motivo: il designer lo leggerà.
admin-note-too-long = Resta entro { $max } caratteri: questo ne ha { $length }.
admin-note-count = { $count } / { $max }

## Administration: reports (src/components/admin/reports_queue.rs, reported_design_card.rs, hidden_design_card.rs)

admin-reports-heading = Design segnalati
admin-reports-intro = Nascondi un design per toglierlo da galleria, cartellini e schermi, oppure lascialo visibile e chiudi le sue segnalazioni.
admin-reports-refresh-label = Aggiorna le segnalazioni
admin-reports-loading = Caricamento dei design segnalati
admin-reports-empty-heading = Nessuna segnalazione aperta
admin-reports-empty-text = Quando qualcuno segnala un design, compare qui con i motivi indicati.
admin-reports-count =
    { $count ->
        [one] { $count } segnalazione
       *[other] { $count } segnalazioni
    }
admin-report-reasons-label = Motivi indicati
admin-hide = Nascondi il design
admin-keep-shown = Lascialo visibile
admin-hid = Hai nascosto «{ $title }». Ora lo vede solo lo staff.
admin-kept = «{ $title }» resta visibile e le sue segnalazioni sono chiuse.
admin-hidden-heading = Design nascosti
admin-hidden-loading = Caricamento dei design nascosti
admin-hidden-empty = Nessun design è nascosto.
admin-show-again = Mostra di nuovo
admin-shown-again = «{ $title }» è di nuovo visibile.

## Administration: production (src/components/admin/production_board.rs, production_design_card.rs)

admin-production-intro = Porta in produzione i design che hanno raggiunto l'obiettivo, poi nei negozi. Ogni passaggio, con la sua nota, compare nella cronologia pubblica del design.
admin-production-refresh-label = Aggiorna la bacheca della produzione
admin-production-loading = Caricamento dei design in produzione
admin-production-empty-heading = Nessun design ha ancora raggiunto l'obiettivo
admin-production-empty-text = I design compaiono qui quando raccolgono i mi piace che servono.
admin-production-group-empty = Nessuno al momento.
admin-production-note-label = Nota per la cronologia pubblica
admin-production-note-placeholder = Per esempio: primi 200 capi, nei negozi da marzo.
admin-step-in-production = Avvia la produzione
admin-step-in-store = Segna come in negozio
admin-step-archived = Archivia
admin-step-other = Vai avanti
admin-archive-confirm = Archiviare «{ $title }»? Esce da galleria, cartellini e schermi, e non può tornare.
admin-moved-in-production = «{ $title }» ora è in produzione. La sua cronologia pubblica mostra il passaggio.
admin-moved-in-store = «{ $title }» ora è nei negozi. La sua cronologia pubblica mostra il passaggio.
admin-moved-archived = «{ $title }» è archiviato: è uscito dalla galleria.
admin-moved-other = «{ $title }» è andato avanti.

## Administration: people (src/components/admin/people_list.rs, person_row.rs)

admin-people-intro = Lo staff del brand può rivedere i design, gestire la produzione e vedere le statistiche. Trova un account e rendilo staff, oppure togligli l'accesso.
admin-people-search-label = Cerca persone per nome o email
admin-people-searching = Ricerca…
admin-people-loading = Caricamento degli account
admin-people-list-label = Account
admin-people-none = Ancora nessun account.
admin-people-no-match = Nessun nome o email contiene «{ $query }». Controlla come l'hai scritto, o cerca solo una parte.
admin-person-no-email = Nessuna email: un cliente demo
admin-person-you = (tu)
admin-role-admin = Staff del brand
admin-role-user = Cliente
admin-make-admin = Rendi amministratore
admin-remove-admin = Rimuovi amministratore
admin-role-granted = { $name } ora fa parte dello staff del brand: può usare queste pagine.
admin-role-revoked = { $name } non fa più parte dello staff del brand.
admin-error-own-role = Non puoi revocare il tuo ruolo di amministratore; chiedi a un altro amministratore.

## Administration: webhooks (src/components/admin/webhooks_panel.rs, webhook_form.rs, webhook_row.rs, delivery_table.rs)

admin-webhooks-intro = { -brand } invia un POST JSON firmato a ogni URL quando un design raggiunge l'obiettivo o cambia stato, e riprova con pause sempre più lunghe se il destinatario non risponde.
admin-webhook-url-label = URL del webhook
admin-webhook-url-missing = Inserisci l'URL che deve ricevere gli eventi, per esempio https://example.com/hooks/cocrea.
admin-webhook-add = Aggiungi webhook
admin-webhook-adding = Aggiunta…
admin-webhook-created = Hai aggiunto { $url }. Dai il suo segreto di firma al servizio che riceve gli eventi.
admin-webhook-deleted = Hai eliminato { $url }: non riceve più eventi.
admin-webhooks-loading = Caricamento dei webhook
admin-webhooks-list-label = Webhook registrati
admin-webhooks-empty = Ancora nessun webhook. Aggiungi un URL qui sopra per sapere quando i design raggiungono l'obiettivo o cambiano stato.
admin-webhook-added-on = Aggiunto il { $date }
admin-webhook-secret = Segreto di firma
admin-webhook-secret-hint = Il destinatario verifica l'intestazione X-Cocrea-Signature (HMAC-SHA256 del corpo) con questa chiave.
admin-webhook-delete = Elimina
admin-webhook-deleting = Eliminazione…
admin-webhook-delete-label = Elimina il webhook { $url }
admin-webhook-delete-confirm = Eliminare il webhook { $url }? Non riceverà più eventi.
admin-deliveries-heading = Consegne recenti
admin-deliveries-refresh-label = Aggiorna le consegne
admin-deliveries-loading = Caricamento delle consegne
admin-deliveries-empty = Ancora nessuna consegna. Compaiono qui quando un design raggiunge l'obiettivo o cambia stato.
admin-delivery-when = Quando
admin-delivery-webhook = Webhook
admin-delivery-event = Evento
admin-delivery-state = Stato
admin-delivery-attempts = Tentativi
admin-delivery-last-error = Ultimo errore
admin-delivery-deleted-webhook = Webhook { $id } (eliminato)
admin-event-goal-reached = Obiettivo raggiunto
admin-event-status-changed = Cambio di stato
admin-delivery-retrying = Nuovo tentativo
admin-delivery-delivered = Consegnato
admin-delivery-failed = Non riuscito: tentativi esauriti

## Insights (src/pages/admin_insights_page.rs, src/components/admin/big_number.rs, column_chart.rs, bar_chart.rs, chart_table.rs)

insights-title = Statistiche
insights-intro = Cosa piace alla community, dove e quando. Giorni e settimane sono in UTC.
insights-download-csv = Scarica il CSV di tutti i design
insights-loading = Caricamento delle statistiche
insights-goals-label =
    { $count ->
        [one] design ha raggiunto l'obiettivo
       *[other] design hanno raggiunto l'obiettivo
    }
insights-goals-share =
    su { $designs ->
        [one] { $designs } design
       *[other] { $designs } design
    }: { $percent }%
insights-no-designs = Ancora nessun design.
insights-likes-per-day = Mi piace al giorno, ultimi 30 giorni
insights-likes-per-day-empty = Nessun mi piace negli ultimi 30 giorni.
insights-submissions-per-week = Invii a settimana, ultime 12 settimane
insights-submissions-empty = Nessun design inviato nelle ultime 12 settimane.
insights-likes-by-category = Mi piace per categoria
insights-likes-by-store = Mi piace per negozio
insights-top-designs = Design più amati
insights-no-likes = Ancora nessun mi piace.
insights-top-empty = Nessun design ha ancora dei mi piace.
insights-store-online = Online (nessun negozio)
insights-axis-day = Giorno
insights-axis-week = Inizio settimana
insights-axis-likes = Mi piace
insights-axis-designs = Design
insights-axis-category = Categoria
insights-axis-store = Negozio
insights-axis-design = Design
insights-designs-count =
    { $count ->
        [one] { $count } design
       *[other] { $count } design
    }
insights-total = { $count } in tutto
insights-column-summary = { $title }, dal { $first } al { $last }: { $total } in tutto, il massimo il { $busiest } ({ $most }).
insights-bar-summary = { $title }: { $rows }.
insights-bar-row = { $label } { $count }
insights-no-data = { $title }: nessun dato.
insights-show-numbers = Mostra i numeri

# Notifications and after the goal: the brand's insights (src/pages/admin_insights_page.rs)

insights-intents = Chi lo comprerebbe, per design e taglia
insights-intents-empty = Nessuno ha ancora detto che comprerebbe un design.
insights-intents-size = Taglia
insights-intents-people = Persone
insights-intents-notify-only = Solo avviso (senza taglia)
