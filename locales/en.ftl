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
nav-admin = Admin

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
error-image-too-small = That image is too small: it needs at least 600 pixels on its short side. Choose a larger one.
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
tags-pick-search = Search designs
tags-pick-store = Store code (optional)
tags-pick-open = Show the tags to print

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Store screen
screen-view-top = Most liked
screen-view-trending = Trending now
screen-view-near-goal = Closest to the goal
screen-views-label = Rankings on this screen
screen-cta-question = Like what you see?
screen-cta = Scan the QR code on its hanger tag.
screen-live = Live
screen-qr = Scan to like number 1
board-loading = Loading the rankings…
board-empty = No designs here yet. Yours could be the first!
board-row-label = Number { $rank }: { $title }, { likes-count }
board-of-goal = of { $goal }
board-goal-reached = goal reached
board-store-likes = { $count } here
reconnecting = Reconnecting…
reconnecting-title = The live counts will be back in a moment

## Design page (src/pages/design_detail_page.rs)

design-loading = Loading the design
design-not-found-title = Design not found
design-not-found-heading = We couldn't find this design
design-not-found-text = It may have been removed, or the link is incomplete. There are plenty more in the gallery.
design-designed-by = Designed by { $name }
design-about = About this design
design-submitted-on = Submitted on { $date }
design-explain-pending = We're reviewing this design. Once it's approved, shoppers can like it.
design-explain-voting = When a design reaches its goal, we put it into production.
design-explain-goal-reached = It reached its goal! We're getting it ready for production.
design-explain-in-production = It reached its goal and we're making it now.
design-explain-in-store = It reached its goal: find it in our stores.
design-explain-rejected = This design wasn't approved for the gallery.
design-explain-archived = This design is no longer in the gallery.
design-awaiting-review = Your design is waiting for the brand's review.
design-awaiting-review-next = Once it's approved, it appears in the gallery for everyone to like.
design-follow-on-me = Follow it in My designs
design-liking-from-store = You're liking from { $store }

## A design's timeline (src/components/design_timeline.rs)

timeline-heading = From design to store
timeline-problem = We couldn't load this design's timeline. Reload the page to see it.

## Comments (src/components/comment_list.rs, comment_item.rs, comment_form.rs)

comment-heading = Comments
comment-loading = Loading the comments
comment-empty = No comments yet. Be the first to say what you think.
comment-sign-in = Sign in to comment
comment-confirm-delete = Delete this comment for everyone?
comment-not-deleted = The comment wasn't deleted. { $reason }
comment-deleted = The comment is deleted.
comment-designer = Designer
comment-designer-title = The designer of this design
comment-delete = Delete
comment-label = Add a comment
comment-placeholder = What do you like about it? What would you change?
comment-missing = Write your comment first, then post it.
comment-too-long =
    Your comment is { $over ->
        [one] { $over } character
       *[other] { $over } characters
    } too long. Shorten it to { $max } characters, then post it.
comment-post = Post comment
comment-posting = Posting...
comment-posted = Your comment is posted.

## Reporting a design (src/components/report_form.rs; reasons by ReportReason id)

report-toggle = Report this design
report-legend = Why are you reporting this design?
report-reason-offensive = Offensive or hateful
report-reason-copyright = Copies someone else's work
report-reason-spam = Spam or advertising
report-reason-off-topic = Not a garment design
report-reason-other = Something else
report-choose-reason = Choose a reason, then send your report.
report-not-sent = Your report wasn't sent. { $reason }
report-send = Send report
report-thanks = Thank you for telling us. The brand will look at this design.

## My designs and likes (src/pages/my_page.rs, src/components/review_note.rs)

me-title = My designs and likes
me-greeting = Hi, { $name }
me-intro = Follow your designs on their way to production, and find the ones you like.
me-loading = Loading your designs
me-designs-heading = My designs
me-designs-empty-heading = You haven't submitted a design yet
me-designs-empty-text = Share a garment you'd love to wear and see who likes it.
me-likes-heading = Designs I like
me-likes-empty-heading = No likes yet
me-likes-empty-text = Tap the heart on designs you'd wear. They'll wait for you here.
me-browse-gallery = Browse the gallery
me-review-pending = Waiting for the brand's review. Once it's approved, it appears in the gallery for everyone to like.
me-not-accepted = Not accepted.
me-not-accepted-label = Not accepted:
me-rejected-next = You're welcome to submit a new version that takes this into account.
me-submit-new = Submit a new design
me-archived = No longer in the gallery. Its likes stay with it.

## Hanger tag page (src/pages/tag_page.rs)

tag-page-heading = Hanger tag
tag-page-title = { $title } · hanger tag
tag-not-found-title = Tag not found
tag-not-found = This design isn't in the gallery (any more).
tag-not-on-display = This design isn't on display yet: it needs more likes or the brand's approval.
tag-loading = Loading the tag…
tag-step-goal-reached = Goal reached on { $date }
tag-step-in-production = In production since { $date }
tag-step-in-store = In store since { $date }

# Sharing, designer pages, comments

goal-more-to-go =
    { $count ->
        [one] { $count } more like to make it real
       *[other] { $count } more likes to make it real
    }
share-button = Share
share-shared = Thanks for sharing!
share-copied = Link copied
share-copy-by-hand = Copy this link:
submitted-heading = Your design is submitted!
submitted-pending = The brand reviews it first; once approved, it appears in the gallery for everyone to like.
submitted-live = It's in the gallery now, ready for likes.
submitted-share = Share it with friends: every like brings it closer to being made.
designer-loading = Loading the designer's page
designer-not-found-title = Designer not found
designer-not-found-heading = We couldn't find this designer
designer-not-found-text = The link may be incomplete, or the account no longer exists. The gallery has plenty of designs to discover.
designer-empty-heading = No designs in the gallery yet
designer-empty-text = This designer has no public designs yet. Come back soon, or browse the gallery.
designer-designs-label = Designs
designer-designs =
    { $count ->
        [one] design
       *[other] designs
    }
designer-likes =
    { $count ->
        [one] like in all
       *[other] likes in all
    }
designer-goals =
    { $count ->
        [one] goal reached
       *[other] goals reached
    }
comment-reply = Reply
comment-reply-label = Your reply
comment-reply-placeholder = Answer as the designer
comment-reply-post = Post reply

# Notifications and after the goal (src/components/notification_bell.rs, notification_panel.rs, after_goal_panel.rs)

notif-bell-label =
    { $count ->
        [0] Notifications
        [one] Notifications, 1 unread
       *[other] Notifications, { $count } unread
    }
notif-heading = Notifications
notif-loading = Loading notifications…
notif-empty = Nothing yet. You'll hear here when your designs move on and when what you liked comes to life.
notif-mark-all = Mark all as read
notif-unread = Unread
notif-approved = “{ $title }” was approved: it is open for likes now.
notif-rejected = “{ $title }” was not accepted. The brand says: { $reason }
notif-comment = { $author } commented on “{ $title }”.
notif-goal-reached = “{ $title }” reached its goal! The brand will make it.
notif-liked-in-production = “{ $title }”, which you liked, is going into production.
notif-liked-in-store = “{ $title }”, which you liked, is in stores now.
notif-liked-in-your-store = “{ $title }”, which you liked at { $store }, is in store there now.
notif-wanted-in-store = “{ $title }” is in store now, as you asked to hear.
after-goal-heading = Want it?
after-goal-sign-in = Sign in to hear when it's in store, or to say which size you'd buy.
after-goal-notify = Notify me when it's in store
after-goal-notified = We'll tell you when it's in store.
after-goal-size = Size
after-goal-buy = I'd buy it
after-goal-bought = You'd buy it in size { $size }. The brand knows.
after-goal-withdraw = Withdraw
after-goal-one-size = One size
after-goal-shoe-size = EU { $size }
after-goal-not-saved = Not saved. { $reason }

## ===== Brand administration (/admin, /admin/insights): keep these last =====

## Administration: frame and shared words (src/pages/admin_page.rs, src/components/admin/admin_nav.rs, require_admin.rs, admin_error.rs, refresh_button.rs, design_summary.rs)

admin-title = Administration
admin-intro = Review new designs, handle reports, move winners into production, and manage staff and webhooks.
admin-section-review = Review
admin-section-reports = Reports
admin-section-production = Production
admin-section-people = People
admin-section-webhooks = Webhooks
admin-tab-waiting = { $count } waiting
admin-nav-insights = Insights
admin-staff-only-heading = This page is for brand staff
admin-staff-only-text = You're signed in as { $name }, which is not a brand staff account. If you work for the brand, ask an admin to give your account staff access, then reload this page.
admin-staff-only-gallery = Go to the gallery
admin-error-forbidden = Your account is no longer brand staff. Ask another admin to give you access again, then reload the page.
admin-error-session-ended = Your session has ended. Sign in again, then try once more.
admin-refresh = Refresh
admin-refreshing = Refreshing…
admin-saving = Saving…
admin-cancel = Cancel
admin-hidden-badge = Hidden

## Administration: review (src/components/admin/review_queue.rs, pending_design_card.rs, reject_form.rs, note.rs)

admin-review-heading = Designs waiting for review
admin-review-intro = Approve a design to put it in the gallery, or reject it with a reason its designer will read.
admin-review-refresh-label = Refresh the review queue
admin-review-loading = Loading designs waiting for review
admin-review-empty-heading = Nothing waits for review
admin-review-empty-text = New designs appear here while moderation is on. With moderation off, they go straight to the gallery.
admin-approve = Approve
admin-approving = Approving…
admin-reject-open = Reject…
admin-approved = Approved “{ $title }”: it is in the gallery now.
admin-rejected = Rejected “{ $title }”. Its designer reads your reason on their page.
admin-review-conflict = Someone has already reviewed this design. Refresh the list to see where it stands.
admin-reject-reason-label = Why are you rejecting it?
admin-reject-reason-hint = The designer reads this on their page. Say what would make it fit.
admin-reject-send = Reject design
admin-rejecting = Rejecting…
admin-note-required = Write a reason: the designer will read it.
admin-note-too-long = Keep it to { $max } characters: this is { $length }.
admin-note-count = { $count } / { $max }

## Administration: reports (src/components/admin/reports_queue.rs, reported_design_card.rs, hidden_design_card.rs)

admin-reports-heading = Reported designs
admin-reports-intro = Hide a design to take it out of the gallery, tags and screens, or keep it shown and close its reports.
admin-reports-refresh-label = Refresh the reports
admin-reports-loading = Loading reported designs
admin-reports-empty-heading = No open reports
admin-reports-empty-text = When someone reports a design, it appears here with their reasons.
admin-reports-count =
    { $count ->
        [one] { $count } report
       *[other] { $count } reports
    }
admin-report-reasons-label = Reasons given
admin-hide = Hide design
admin-keep-shown = Keep it shown
admin-hid = Hid “{ $title }”. Only staff can see it now.
admin-kept = Kept “{ $title }” shown and closed its reports.
admin-hidden-heading = Hidden designs
admin-hidden-loading = Loading hidden designs
admin-hidden-empty = No design is hidden.
admin-show-again = Show again
admin-shown-again = “{ $title }” is shown again.

## Administration: production (src/components/admin/production_board.rs, production_design_card.rs)

admin-production-intro = Move designs that reached their goal into production and then into stores. Each step, with its note, appears on the design's public timeline.
admin-production-refresh-label = Refresh the production board
admin-production-loading = Loading designs in production
admin-production-empty-heading = No design has reached its goal yet
admin-production-empty-text = Designs appear here once they collect the likes they need.
admin-production-group-empty = None right now.
admin-production-note-label = Note for the public timeline
admin-production-note-placeholder = For example: First 200 pieces, in stores from March.
admin-step-in-production = Start production
admin-step-in-store = Mark as in store
admin-step-archived = Archive
admin-step-other = Move on
admin-archive-confirm = Archive “{ $title }”? It leaves the gallery, tags and screens, and cannot come back.
admin-moved-in-production = “{ $title }” is in production now. Its public timeline shows the step.
admin-moved-in-store = “{ $title }” is in stores now. Its public timeline shows the step.
admin-moved-archived = “{ $title }” is archived: it has left the gallery.
admin-moved-other = “{ $title }” has moved on.

## Administration: people (src/components/admin/people_list.rs, person_row.rs)

admin-people-intro = Brand staff can review designs, run production and see the insights. Find an account and make it staff, or take staff access away.
admin-people-search-label = Find people by name or email
admin-people-searching = Searching…
admin-people-loading = Loading accounts
admin-people-list-label = Accounts
admin-people-none = No accounts yet.
admin-people-no-match = No one's name or email contains “{ $query }”. Check the spelling, or search for part of it.
admin-person-no-email = No email: a demo shopper
admin-person-you = (you)
admin-role-admin = Brand staff
admin-role-user = Shopper
admin-make-admin = Make admin
admin-remove-admin = Remove admin
admin-role-granted = { $name } is brand staff now: they can use these pages.
admin-role-revoked = { $name } is no longer brand staff.
admin-error-own-role = You cannot revoke your own admin role; ask another admin.

## Administration: webhooks (src/components/admin/webhooks_panel.rs, webhook_form.rs, webhook_row.rs, delivery_table.rs)

admin-webhooks-intro = { -brand } sends a signed JSON POST to each URL when a design reaches its goal or changes status, and retries with growing pauses when the receiver fails.
admin-webhook-url-label = Webhook URL
admin-webhook-url-missing = Enter the URL that should receive the events, such as https://example.com/hooks/cocrea.
admin-webhook-add = Add webhook
admin-webhook-adding = Adding…
admin-webhook-created = Added { $url }. Give its signing secret to the service that receives the events.
admin-webhook-deleted = Deleted { $url }: it receives no more events.
admin-webhooks-loading = Loading webhooks
admin-webhooks-list-label = Registered webhooks
admin-webhooks-empty = No webhooks yet. Add a URL above to hear when designs reach their goal or change status.
admin-webhook-added-on = Added { $date }
admin-webhook-secret = Signing secret
admin-webhook-secret-hint = The receiver checks the X-Cocrea-Signature header (HMAC-SHA256 of the body) with this key.
admin-webhook-delete = Delete
admin-webhook-deleting = Deleting…
admin-webhook-delete-label = Delete the webhook { $url }
admin-webhook-delete-confirm = Delete the webhook { $url }? It will receive no more events.
admin-deliveries-heading = Recent deliveries
admin-deliveries-refresh-label = Refresh the deliveries
admin-deliveries-loading = Loading deliveries
admin-deliveries-empty = No deliveries yet. They appear here when a design reaches its goal or changes status.
admin-delivery-when = When
admin-delivery-webhook = Webhook
admin-delivery-event = Event
admin-delivery-state = State
admin-delivery-attempts = Attempts
admin-delivery-last-error = Last error
admin-delivery-deleted-webhook = Webhook { $id } (deleted)
admin-event-goal-reached = Goal reached
admin-event-status-changed = Status changed
admin-delivery-retrying = Retrying
admin-delivery-delivered = Delivered
admin-delivery-failed = Failed: gave up

## Insights (src/pages/admin_insights_page.rs, src/components/admin/big_number.rs, column_chart.rs, bar_chart.rs, chart_table.rs)

insights-title = Insights
insights-intro = What the community likes, where and when. Days and weeks are in UTC.
insights-download-csv = Download CSV of all designs
insights-loading = Loading the insights
insights-goals-label =
    { $count ->
        [one] design reached its goal
       *[other] designs reached their goal
    }
insights-goals-share =
    of { $designs ->
        [one] { $designs } design
       *[other] { $designs } designs
    }: { $percent }%
insights-no-designs = No designs yet.
insights-likes-per-day = Likes per day, last 30 days
insights-likes-per-day-empty = No likes in the last 30 days.
insights-submissions-per-week = Submissions per week, last 12 weeks
insights-submissions-empty = No designs were submitted in the last 12 weeks.
insights-likes-by-category = Likes by category
insights-likes-by-store = Likes by store
insights-top-designs = Top designs
insights-no-likes = No likes yet.
insights-top-empty = No design has likes yet.
insights-store-online = Online (no store)
insights-axis-day = Day
insights-axis-week = Week starting
insights-axis-likes = Likes
insights-axis-designs = Designs
insights-axis-category = Category
insights-axis-store = Store
insights-axis-design = Design
insights-designs-count =
    { $count ->
        [one] { $count } design
       *[other] { $count } designs
    }
insights-total = { $count } in all
insights-column-summary = { $title }, from { $first } to { $last }: { $total } in all, the most on { $busiest } ({ $most }).
insights-bar-summary = { $title }: { $rows }.
insights-bar-row = { $label } { $count }
insights-no-data = { $title }: no data.
insights-show-numbers = Show the numbers

# Notifications and after the goal: the brand's insights (src/pages/admin_insights_page.rs)

insights-intents = Who would buy it, by design and size
insights-intents-empty = Nobody has said they would buy a design yet.
insights-intents-size = Size
insights-intents-people = People
insights-intents-notify-only = Notify only (no size)
