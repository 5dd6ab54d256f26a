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
error-other = Qualcosa non ha funzionato. Ricarica la pagina e riprova.

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

## A design in the gallery (src/components/design_card.rs)

card-rejection-reason = Motivo: { $reason }

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
tags-help-ids = Aggiungi all'indirizzo i numeri dei design, come { $example },
tags-help-store = e il codice di un negozio per contare lì i suoi mi piace: { $example }.
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

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Schermo del negozio
screen-view-top = I più amati
screen-view-trending = Di tendenza ora
screen-view-near-goal = Più vicini all'obiettivo
screen-views-label = Classifiche su questo schermo
screen-cta-question = Ti piace quello che vedi?
screen-cta = Scansiona il codice QR sul suo cartellino.
screen-live = In diretta
board-loading = Caricamento della classifica…
board-empty = Ancora nessun design qui. Il tuo potrebbe essere il primo!
board-row-label = Numero { $rank }: { $title }, { likes-count }
board-of-goal = di { $goal }
board-goal-reached = obiettivo raggiunto
board-store-likes = { $count } qui
reconnecting = Riconnessione…
reconnecting-title = I conteggi in diretta tornano tra un momento

## ===== Brand administration (/admin, /admin/insights): keep these last =====
