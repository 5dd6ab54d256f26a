### cocrea's words in English: the reference every other language must match.
###
### Every message here must exist in es.ftl, pt-BR.ftl and it.ftl too, and a
### translation may only use variables that the English message uses: build.rs
### checks both and fails the build otherwise. The app refers to a message by a
### constant named after its id (`gallery-heading` is `msg::GALLERY_HEADING`).
### Numbers in variables are formatted for the language by the browser (1,234 /
### 1.234); plurals use the language's categories ([one], [many], [other]...).

-brand = cocrea

## Shared words

likes-count =
    { $count ->
        [one] { $count } like
       *[other] { $count } likes
    }
by-designer = by { $name }
try-again = Try again
loading = Loading...
spinner-loading = Loading
back-to-gallery = Back to the gallery

## App frame (src/app.rs)

skip-to-content = Skip to content

## Site header (src/components/site_header.rs)

header-home = { -brand } home
header-nav = Main
nav-gallery = Gallery
nav-submit = Submit a design
nav-submit-short = Submit
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-account = My designs and likes
nav-signed-in-as = Signed in as { $name }
nav-sign-out = Sign out
sign-out-failed = You're still signed in. { $reason }
language-label = Language

## Site footer (src/components/site_footer.rs)

footer-tagline = { -brand }: designed by our community, liked by you, made by us.
footer-share = Share your design

## Design statuses (DesignStatus, by its id)

status-pending = Awaiting review
status-voting = Voting
status-goal-reached = Goal reached
status-in-production = In production
status-in-store = In store
status-rejected = Rejected
status-archived = Archived

## Categories (Category, by its slug)

category-dresses = Dresses
category-tops = Tops
category-knitwear = Knitwear
category-outerwear = Outerwear
category-trousers = Trousers
category-skirts = Skirts
category-accessories = Accessories
category-shoes = Shoes

## Sort orders (SortOrder, by its id)

sort-trending = Trending
sort-new = New
sort-top = Most liked
sort-near-goal = Near goal

## Errors the API answers with (ErrorCode, by its code)

error-network = We couldn't reach { -brand }. Check your internet connection and try again.
error-not-found = We couldn't find that. It may have been removed.
error-payload-too-large = That image is too large. Choose one under 10 MB and try again.
error-unsupported-image-type = That file isn't an image we can use. Choose a PNG, JPEG or WebP image.
error-invalid-image = We couldn't open that image. It may be damaged: try another file.
error-image-dimensions-too-large = That image has too many pixels. Resize it and try again.
error-bad-request = Something about that request didn't work. Reload the page and try again.
error-unauthorized = Please sign in first, then try again.
error-invalid-credentials = That email and password don't match an account. Check them and try again.
error-email-taken = An account with this email exists. Sign in instead.
error-invalid-email = Enter an email address like name@example.com.
error-common-password = That password is too common and easy to guess. Choose another.
error-forbidden = Your account can't do that.
error-conflict = That can't be done right now. Reload the page to see the latest, then try again.
error-invalid-url = Enter a web address that starts with https:// or http://.
error-missing-field = Fill in every required field, then try again.
error-too-short = Some of what you typed is too short. Add a little more and try again.
error-too-long = Some of what you typed is too long. Shorten it and try again.
error-unknown-category = Choose one of the listed categories.
error-rate-limited = That was a lot at once. Wait a minute, then try again.
error-internal = Something went wrong on our side. Please try again in a moment.
error-other = Something didn't work. Reload the page and try again.

## Errors beside a form field (the shared validation rules, by field and code)

field-title-missing = Title is required.
field-title-too-short = Title needs at least { $min } characters.
field-title-too-long = Title can have at most { $max } characters.
field-description-too-long = Description can have at most { $max } characters.
field-category-missing = Choose a category.
field-category-unknown = Choose one of the listed categories.
field-image-missing = Choose an image of your design.
field-image-too-large = The image is larger than 10 MB. Choose a smaller one.
field-image-unsupported = Choose a PNG, JPEG or WebP image.
field-name-missing = Your name is required.
field-name-too-short = Your name needs at least { $min } characters.
field-name-too-long = Your name can have at most { $max } characters.
field-email-missing = Email is required.
field-password-missing = Enter your password.
field-password-too-short = Choose a password of at least { $min } characters.
field-password-too-long = Choose a password of at most { $max } characters.
field-password-common = This password is too common and easy to guess. Choose another.

## Gallery page (src/pages/gallery_page.rs, src/components/gallery_controls.rs)

gallery-title = Gallery
gallery-heading = Designed by you. Made by us.
gallery-intro = Like the designs you want to wear. When one reaches its goal, we produce it.
gallery-loading = Loading designs
gallery-updating = Updating designs
gallery-load-more = Load more
gallery-no-match-heading = No designs match your search
gallery-no-match-text = Try other words or another category, or see everything.
gallery-clear-filters = Clear filters
gallery-empty-heading = No designs yet
gallery-empty-text = Be the first: share a design and see who likes it.
search-label = Search
search-placeholder = Linen, denim, floral...
search-button = Search
sort-label = Sort by
category-label = Category
category-all = All categories

## A design in the gallery (src/components/design_card.rs)

card-rejection-reason = Why: { $reason }

## Likes (src/components/like_button.rs, like_count.rs, goal_progress.rs)

like-word = Like
like-unit =
    { $count ->
        [one] like
       *[other] likes
    }
like-announce-liked = Liked. { likes-count }
like-announce-removed = Like removed. { likes-count }
like-announce-not-saved = Not saved. { likes-count }
like-not-saved = Your like wasn't saved. { $reason }
like-not-removed = Your like wasn't removed. { $reason }
goal-bar-label = Likes toward the production goal
goal-likes-of =
    { $likes } of { $goal ->
        [one] { $goal } like
       *[other] { $goal } likes
    }

## Sign-in and sign-up (src/pages/login_page.rs, signup_page.rs, src/components/login_form.rs, signup_form.rs, password_field.rs, form_banner.rs)

login-title = Sign in
login-heading = Sign in
login-intro = Welcome back. Sign in to like designs and share your own.
login-intro-like = Sign in and your like is saved right away.
login-new = New to { -brand }?
login-create-account = Create an account
login-submit = Sign in
login-sending = Signing in...
signup-title = Create an account
signup-heading = Create your account
signup-intro = Like the designs you want us to make, and share your own.
signup-intro-like = One minute, and your like is saved.
signup-have-account = Already have an account?
signup-sign-in = Sign in
signup-submit = Create account
signup-sending = Creating your account...
name-label = Display name
name-hint = Shown beside your designs, { $min } to { $max } characters.
email-label = Email
email-hint = You'll sign in with it. We never show it to anyone.
password-label = Password
password-hint = At least { $min } characters. A few words you'll remember work well.
password-show = Show
password-hide = Hide
password-show-label = Show password
password-hide-label = Hide password
form-email-taken = An account with this email exists.
form-sign-in-instead = Sign in instead.
checking-sign-in = Checking who is signed in

## Submit page (src/pages/submit_page.rs, src/components/submit_form.rs, image_picker.rs)

submit-title = Submit a design
submit-heading = Submit a design
submit-intro = Share a garment you'd love to wear. If enough people like it, we'll make it and put it in our stores.
submit-shown-as = It will be shown as designed by { $name }.
image-label = Image of your design
image-drop-title = Drag your image here
image-drop-or = or { $choose }
image-choose-file = choose a file
image-preview-alt = Preview of the image you chose
image-change = Change image
image-help = PNG, JPEG or WebP, up to 10 MB. A well-lit photo or a clean sketch works best.
file-size-bytes =
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
title-label = Title
title-hint = { $min } to { $max } characters, e.g. "Sunset linen wrap dress".
description-label = Description
optional = (optional)
description-count = { $count } / { $max } characters
category-choose = Choose a category
upload-progress-label = Upload progress
upload-processing = Processing your image...
upload-percent = Uploading... { $percent }%
upload-unprepared = Your browser could not prepare the upload. Reload the page and try again.
submit-button = Submit design
submit-sending = Sending...
submit-note = By sending, you confirm the design is your own work.

## Not found (src/pages/not_found_page.rs, src/components/not_found.rs)

not-found-title = Page not found
not-found-heading = We couldn't find that page
not-found-text = The link may be old or mistyped. The gallery has everything that's live.

## Hanger tags (src/components/tag_card.rs, qr_code.rs, src/pages/tags_page.rs)

tag-milestone-goal-reached = Goal reached! It's going into production.
tag-milestone-in-production = Goal reached: we're making it now.
tag-milestone-in-store = Made by you: on sale in our stores.
tag-goal-line =
    { $goal ->
        [one] { $goal } like makes it real
       *[other] { $goal } likes make it real
    }
tag-this-store = this store: { $count }
tag-scan = Scan to like
qr-alt = QR code: scan it with your phone's camera to like this design
tags-title = Print hanger tags
tags-help-heading = Print hanger tags
tags-help-ids = Add the designs' numbers to the address, as { $example },
tags-help-store = and a store's code to count its likes there: { $example }.
tags-heading = Hanger tags
tags-summary =
    { $tags ->
        [one] { $tags } tag
       *[other] { $tags } tags
    } on { $sheets ->
        [one] { $sheets } A4 sheet
       *[other] { $sheets } A4 sheets
    }
tags-summary-store =
    { $tags ->
        [one] { $tags } tag
       *[other] { $tags } tags
    } on { $sheets ->
        [one] { $sheets } A4 sheet
       *[other] { $sheets } A4 sheets
    }, for store { $store }
tags-missing = Design { $id } isn't in the gallery: no tag.
tags-loading = Loading the tags
tags-print = Print

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Store screen
screen-view-top = Most liked
screen-view-trending = Trending now
screen-view-near-goal = Closest to the goal
screen-views-label = Rankings on this screen
screen-cta-question = Like what you see?
screen-cta = Scan the QR code on its hanger tag.
screen-live = Live
board-loading = Loading the rankings…
board-empty = No designs here yet. Yours could be the first!
board-row-label = Number { $rank }: { $title }, { likes-count }
board-of-goal = of { $goal }
board-goal-reached = goal reached
board-store-likes = { $count } here
reconnecting = Reconnecting…
reconnecting-title = The live counts will be back in a moment

## ===== Brand administration (/admin, /admin/insights): keep these last =====
