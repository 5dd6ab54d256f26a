### As palavras do cocrea em português do Brasil (tratamento por "você").
###
### Cada mensagem de en.ftl precisa estar aqui, com o mesmo id; o build.rs falha se
### faltar alguma ou se uma mensagem usar uma variável que o inglês não tem.
### "like" é "curtida" ("1 curtida", "3 curtidas"); o verbo é "curtir".

-brand = cocrea

## Shared words

likes-count =
    { $count ->
        [one] { $count } curtida
       *[other] { $count } curtidas
    }
by-designer = por { $name }
try-again = Tentar de novo
loading = Carregando...
spinner-loading = Carregando
back-to-gallery = Voltar para a galeria

## App frame (src/app.rs)

skip-to-content = Pular para o conteúdo

## Site header (src/components/site_header.rs)

header-home = Início do { -brand }
header-nav = Principal
nav-gallery = Galeria
nav-submit = Enviar um design
nav-submit-short = Enviar
nav-sign-in = Entrar
nav-sign-up = Cadastre-se
nav-account = Meus designs e curtidas
nav-signed-in-as = Você entrou como { $name }
nav-sign-out = Sair
sign-out-failed = Sua sessão continua aberta. { $reason }
language-label = Idioma
nav-admin = Admin

## Site footer (src/components/site_footer.rs)

footer-tagline = { -brand }: criado pela nossa comunidade, curtido por você, feito por nós.
footer-share = Compartilhe seu design

## Design statuses (DesignStatus, by its id)

status-pending = Em análise
status-voting = Em votação
status-goal-reached = Meta atingida
status-in-production = Em produção
status-in-store = Na loja
status-rejected = Recusado
status-archived = Arquivado

## Categories (Category, by its slug)

category-dresses = Vestidos
category-tops = Blusas
category-knitwear = Tricô
category-outerwear = Casacos
category-trousers = Calças
category-skirts = Saias
category-accessories = Acessórios
category-shoes = Calçados

## Sort orders (SortOrder, by its id)

sort-trending = Em alta
sort-new = Novidades
sort-top = Mais curtidos
sort-near-goal = Perto da meta

## Errors the API answers with (ErrorCode, by its code)

error-network = Não conseguimos acessar o { -brand }. Verifique sua conexão com a internet e tente de novo.
error-not-found = Não encontramos isso. Talvez tenha sido removido.
error-payload-too-large = Essa imagem é grande demais. Escolha uma com menos de 10 MB e tente de novo.
error-unsupported-image-type = Esse arquivo não é uma imagem que possamos usar. Escolha uma imagem PNG, JPEG ou WebP.
error-invalid-image = Não conseguimos abrir essa imagem. Ela pode estar corrompida: tente outro arquivo.
error-image-dimensions-too-large = Essa imagem tem pixels demais. Reduza o tamanho e tente de novo.
error-image-too-small = Essa imagem é pequena demais: precisa de pelo menos 600 pixels no lado menor. Escolha uma maior.
error-bad-request = Algo deu errado nessa solicitação. Recarregue a página e tente de novo.
error-unauthorized = Entre na sua conta primeiro e tente de novo.
error-invalid-credentials = Esse e-mail e essa senha não correspondem a nenhuma conta. Confira e tente de novo.
error-email-taken = Já existe uma conta com este e-mail. Entre nela.
error-invalid-email = Digite um e-mail como nome@exemplo.com.
error-common-password = Essa senha é comum demais e fácil de adivinhar. Escolha outra.
error-forbidden = Sua conta não pode fazer isso.
error-conflict = Isso não pode ser feito agora. Recarregue a página para ver as novidades e tente de novo.
error-invalid-url = Digite um endereço da web que comece com https:// ou http://.
error-missing-field = Preencha todos os campos obrigatórios e tente de novo.
error-too-short = Parte do que você digitou está curta demais. Escreva um pouco mais e tente de novo.
error-too-long = Parte do que você digitou está longa demais. Encurte e tente de novo.
error-unknown-category = Escolha uma das categorias da lista.
error-rate-limited = Foi muita coisa de uma vez. Espere um minuto e tente de novo.
error-internal = Algo deu errado do nosso lado. Tente de novo daqui a pouco.

## Errors beside a form field (the shared validation rules, by field and code)

field-title-missing = O título é obrigatório.
field-title-too-short = O título precisa ter pelo menos { $min } caracteres.
field-title-too-long = O título pode ter no máximo { $max } caracteres.
field-description-too-long = A descrição pode ter no máximo { $max } caracteres.
field-category-missing = Escolha uma categoria.
field-category-unknown = Escolha uma das categorias da lista.
field-image-missing = Escolha uma imagem do seu design.
field-image-too-large = A imagem tem mais de 10 MB. Escolha uma menor.
field-image-unsupported = Escolha uma imagem PNG, JPEG ou WebP.
field-name-missing = Seu nome é obrigatório.
field-name-too-short = Seu nome precisa ter pelo menos { $min } caracteres.
field-name-too-long = Seu nome pode ter no máximo { $max } caracteres.
field-email-missing = O e-mail é obrigatório.
field-password-missing = Digite sua senha.
field-password-too-short = Escolha uma senha com pelo menos { $min } caracteres.
field-password-too-long = Escolha uma senha com no máximo { $max } caracteres.
field-password-common = Essa senha é comum demais e fácil de adivinhar. Escolha outra.

## Gallery page (src/pages/gallery_page.rs, src/components/gallery_controls.rs)

gallery-title = Galeria
gallery-heading = Criado por você. Feito por nós.
gallery-intro = Curta os designs que você quer usar. Quando um atinge a meta, nós produzimos.
gallery-loading = Carregando designs
gallery-updating = Atualizando designs
gallery-load-more = Ver mais
gallery-no-match-heading = Nenhum design corresponde à sua busca
gallery-no-match-text = Tente outras palavras ou outra categoria, ou veja tudo.
gallery-clear-filters = Limpar filtros
gallery-empty-heading = Ainda não há designs
gallery-empty-text = Comece você: compartilhe um design e veja quem curte.
search-label = Buscar
search-placeholder = Linho, jeans, floral...
search-button = Buscar
sort-label = Ordenar por
category-label = Categoria
category-all = Todas as categorias

## Likes (src/components/like_button.rs, like_count.rs, goal_progress.rs)

like-word = Curtir
like-unit =
    { $count ->
        [one] curtida
       *[other] curtidas
    }
like-announce-liked = Você curtiu. { likes-count }
like-announce-removed = Curtida removida. { likes-count }
like-announce-not-saved = Não foi salvo. { likes-count }
like-not-saved = Sua curtida não foi salva. { $reason }
like-not-removed = Sua curtida não foi removida. { $reason }
goal-bar-label = Curtidas rumo à meta de produção
goal-likes-of =
    { $likes } de { $goal ->
        [one] { $goal } curtida
       *[other] { $goal } curtidas
    }

## Sign-in and sign-up (src/pages/login_page.rs, signup_page.rs, src/components/login_form.rs, signup_form.rs, password_field.rs, form_banner.rs)

login-title = Entrar
login-heading = Entrar
login-intro = Que bom ver você de novo. Entre para curtir designs e compartilhar os seus.
login-intro-like = Entre e sua curtida é salva na hora.
login-new = Primeira vez no { -brand }?
login-create-account = Crie uma conta
login-submit = Entrar
login-sending = Entrando...
signup-title = Criar uma conta
signup-heading = Crie sua conta
signup-intro = Curta os designs que você quer que a gente produza e compartilhe os seus.
signup-intro-like = Leva um minuto, e sua curtida fica salva.
signup-have-account = Já tem uma conta?
signup-sign-in = Entrar
signup-submit = Criar conta
signup-sending = Criando sua conta...
name-label = Nome de exibição
name-hint = Aparece ao lado dos seus designs, de { $min } a { $max } caracteres.
email-label = E-mail
email-hint = Você vai entrar com ele. Nunca o mostramos a ninguém.
password-label = Senha
password-hint = Pelo menos { $min } caracteres. Algumas palavras fáceis de lembrar funcionam bem.
password-show = Mostrar
password-hide = Ocultar
password-show-label = Mostrar a senha
password-hide-label = Ocultar a senha
form-email-taken = Já existe uma conta com este e-mail.
form-sign-in-instead = Entre nela.
checking-sign-in = Verificando quem está conectado

## Submit page (src/pages/submit_page.rs, src/components/submit_form.rs, image_picker.rs)

submit-title = Enviar um design
submit-heading = Envie um design
submit-intro = Compartilhe uma peça que você adoraria usar. Se muita gente curtir, nós a produzimos e levamos para as nossas lojas.
submit-shown-as = Ele vai aparecer como design de { $name }.
image-label = Imagem do seu design
image-drop-title = Arraste sua imagem para cá
image-drop-or = ou { $choose }
image-choose-file = escolha um arquivo
image-preview-alt = Prévia da imagem que você escolheu
image-change = Trocar imagem
image-help = PNG, JPEG ou WebP, até 10 MB. Uma foto bem iluminada ou um croqui limpo funciona melhor.
file-size-bytes =
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
title-label = Título
title-hint = De { $min } a { $max } caracteres, por ex. "Vestido envelope de linho cor de pôr do sol".
description-label = Descrição
optional = (opcional)
description-count = { $count } / { $max } caracteres
category-choose = Escolha uma categoria
upload-progress-label = Progresso do envio
upload-processing = Processando sua imagem...
upload-percent = Enviando... { $percent }%
upload-unprepared = Seu navegador não conseguiu preparar o envio. Recarregue a página e tente de novo.
submit-button = Enviar design
submit-sending = Enviando...
submit-note = Ao enviar, você confirma que o design é de sua autoria.

## Not found (src/pages/not_found_page.rs, src/components/not_found.rs)

not-found-title = Página não encontrada
not-found-heading = Não encontramos essa página
not-found-text = O link pode ser antigo ou ter um erro de digitação. A galeria tem tudo o que está no ar.

## Hanger tags (src/components/tag_card.rs, qr_code.rs, src/pages/tags_page.rs)

tag-milestone-goal-reached = Meta atingida! Vai para a produção.
tag-milestone-in-production = Meta atingida: estamos produzindo agora.
tag-milestone-in-store = Criado por você: à venda nas nossas lojas.
tag-goal-line =
    { $goal ->
        [one] { $goal } curtida tira do papel
       *[other] { $goal } curtidas tiram do papel
    }
tag-this-store = nesta loja: { $count }
tag-scan = Escaneie para curtir
qr-alt = Código QR: escaneie com a câmera do celular para curtir este design
tags-title = Imprimir etiquetas
tags-help-heading = Imprimir etiquetas de cabide
tags-heading = Etiquetas de cabide
tags-summary =
    { $tags ->
        [one] { $tags } etiqueta
       *[other] { $tags } etiquetas
    } em { $sheets ->
        [one] { $sheets } folha A4
       *[other] { $sheets } folhas A4
    }
tags-summary-store =
    { $tags ->
        [one] { $tags } etiqueta
       *[other] { $tags } etiquetas
    } em { $sheets ->
        [one] { $sheets } folha A4
       *[other] { $sheets } folhas A4
    }, para a loja { $store }
tags-missing = O design { $id } não está na galeria: sem etiqueta.
tags-loading = Carregando as etiquetas
tags-print = Imprimir
tags-pick-search = Buscar designs
tags-pick-store = Código da loja (opcional)
tags-pick-open = Mostrar as etiquetas para imprimir

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Tela da loja
screen-view-top = Mais curtidos
screen-view-trending = Em alta agora
screen-view-near-goal = Mais perto da meta
screen-views-label = Rankings desta tela
screen-cta-question = Gostou do que viu?
screen-cta = Escaneie o código QR na etiqueta da peça.
screen-live = Ao vivo
screen-qr = Escaneie para curtir o número 1
board-loading = Carregando o ranking…
board-empty = Ainda não há designs aqui. O seu pode ser o primeiro!
board-row-label = Número { $rank }: { $title }, { likes-count }
board-of-goal = de { $goal }
board-goal-reached = meta atingida
board-store-likes = { $count } aqui
reconnecting = Reconectando…
reconnecting-title = As contagens ao vivo voltam em instantes

## Design page (src/pages/design_detail_page.rs)

design-loading = Carregando o design
design-not-found-title = Design não encontrado
design-not-found-heading = Não encontramos este design
design-not-found-text = Ele pode ter sido removido, ou o link está incompleto. Há muitos outros na galeria.
design-designed-by = Criado por { $name }
design-about = Sobre este design
design-submitted-on = Enviado em { $date }
design-explain-pending = Estamos analisando este design. Depois de aprovado, todo mundo pode curtir.
design-explain-voting = Quando um design atinge a meta, nós o colocamos em produção.
design-explain-goal-reached = Atingiu a meta! Estamos preparando a produção.
design-explain-in-production = Atingiu a meta e estamos produzindo agora.
design-explain-in-store = Atingiu a meta: encontre nas nossas lojas.
design-explain-rejected = Este design não foi aprovado para a galeria.
design-explain-archived = Este design não está mais na galeria.
design-awaiting-review = Seu design está aguardando a análise da marca.
design-awaiting-review-next = Depois de aprovado, ele aparece na galeria para todo mundo curtir.
design-follow-on-me = Acompanhe em Meus designs
design-liking-from-store = Você está curtindo de { $store }

## A design's timeline (src/components/design_timeline.rs)

timeline-heading = Do design à loja
timeline-problem = Não conseguimos carregar a linha do tempo deste design. Recarregue a página para vê-la.

## Comments (src/components/comment_list.rs, comment_item.rs, comment_form.rs)

comment-heading = Comentários
comment-loading = Carregando os comentários
comment-empty = Ainda não há comentários. Comece você: conte o que achou.
comment-sign-in = Entre para comentar
comment-confirm-delete = Excluir este comentário para todos?
comment-not-deleted = O comentário não foi excluído. { $reason }
comment-deleted = Comentário excluído.
comment-designer = Designer
comment-designer-title = Quem criou este design
comment-delete = Excluir
comment-label = Adicione um comentário
comment-placeholder = Do que você gostou? O que você mudaria?
comment-missing = Escreva seu comentário e depois publique.
comment-too-long =
    Seu comentário tem { $over ->
        [one] { $over } caractere
       *[other] { $over } caracteres
    } a mais. Encurte para { $max } caracteres e depois publique.
comment-post = Publicar comentário
comment-posting = Publicando...
comment-posted = Seu comentário foi publicado.

## Reporting a design (src/components/report_form.rs; reasons by ReportReason id)

report-toggle = Denunciar este design
report-legend = Por que você está denunciando este design?
report-reason-offensive = Ofensivo ou de ódio
report-reason-copyright = Copia o trabalho de outra pessoa
report-reason-spam = Spam ou publicidade
report-reason-off-topic = Não é um design de roupa
report-reason-other = Outro motivo
report-choose-reason = Escolha um motivo e depois envie sua denúncia.
report-not-sent = Sua denúncia não foi enviada. { $reason }
report-send = Enviar denúncia
report-thanks = Obrigado por nos avisar. A marca vai analisar este design.

## My designs and likes (src/pages/my_page.rs, src/components/review_note.rs)

me-title = Meus designs e curtidas
me-greeting = Oi, { $name }
me-intro = Acompanhe seus designs a caminho da produção e encontre os que você curtiu.
me-loading = Carregando seus designs
me-designs-heading = Meus designs
me-designs-empty-heading = Você ainda não enviou nenhum design
me-designs-empty-text = Compartilhe uma peça que você adoraria usar e veja quem curte.
me-likes-heading = Designs que curti
me-likes-empty-heading = Nenhuma curtida ainda
me-likes-empty-text = Toque no coração dos designs que você usaria. Eles vão esperar por você aqui.
me-browse-gallery = Explorar a galeria
me-review-pending = Aguardando a análise da marca. Depois de aprovado, ele aparece na galeria para todo mundo curtir.
me-not-accepted = Não aceito.
me-not-accepted-label = Não aceito:
me-rejected-next = Fique à vontade para enviar uma nova versão que leve isso em conta.
me-submit-new = Enviar um novo design
me-archived = Não está mais na galeria. As curtidas continuam com ele.

## Hanger tag page (src/pages/tag_page.rs)

tag-page-heading = Etiqueta de cabide
tag-page-title = { $title } · etiqueta de cabide
tag-not-found-title = Etiqueta não encontrada
tag-not-found = Este design não está (ou não está mais) na galeria.
tag-not-on-display = Este design ainda não está em exibição: precisa de mais curtidas ou da aprovação da marca.
tag-loading = Carregando a etiqueta…
tag-step-goal-reached = Meta atingida em { $date }
tag-step-in-production = Em produção desde { $date }
tag-step-in-store = Na loja desde { $date }

# Sharing, designer pages, comments

goal-more-to-go =
    { $count ->
        [one] Falta { $count } curtida para virar realidade
       *[other] Faltam { $count } curtidas para virar realidade
    }
share-button = Compartilhar
share-shared = Obrigado por compartilhar!
share-copied = Link copiado
share-copy-by-hand = Copie este link:
submitted-heading = Seu design foi enviado!
submitted-pending = A marca avalia primeiro; depois de aprovado, ele aparece na galeria para todos curtirem.
submitted-live = Ele já está na galeria, pronto para receber curtidas.
submitted-share = Compartilhe com os amigos: cada curtida o aproxima da produção.
designer-loading = Carregando a página do designer
designer-not-found-title = Designer não encontrado
designer-not-found-heading = Não encontramos este designer
designer-not-found-text = O link pode estar incompleto, ou a conta não existe mais. A galeria tem muitos designs para descobrir.
designer-empty-heading = Nenhum design na galeria ainda
designer-empty-text = Este designer ainda não tem designs públicos. Volte em breve ou explore a galeria.
designer-designs-label = Designs
designer-designs =
    { $count ->
        [one] design
       *[other] designs
    }
designer-likes =
    { $count ->
        [one] curtida no total
       *[other] curtidas no total
    }
designer-goals =
    { $count ->
        [one] meta alcançada
       *[other] metas alcançadas
    }
comment-reply = Responder
comment-reply-label = Sua resposta
comment-reply-placeholder = Responda como designer
comment-reply-post = Publicar resposta

# Notifications and after the goal (src/components/notification_bell.rs, notification_panel.rs, after_goal_panel.rs)

notif-bell-label =
    { $count ->
        [0] Notificações
        [one] Notificações, 1 não lida
       *[other] Notificações, { $count } não lidas
    }
notif-heading = Notificações
notif-loading = Carregando notificações…
notif-empty = Nada ainda. Aqui você fica sabendo quando seus designs avançam e quando o que você curtiu ganha vida.
notif-mark-all = Marcar tudo como lido
notif-unread = Não lida
notif-approved = “{ $title }” foi aprovado: já pode receber curtidas.
notif-rejected = “{ $title }” não foi aceito. A marca diz: { $reason }
notif-comment = { $author } comentou em “{ $title }”.
notif-goal-reached = “{ $title }” atingiu a meta! A marca vai produzi-lo.
notif-liked-in-production = “{ $title }”, que você curtiu, vai para a produção.
notif-liked-in-store = “{ $title }”, que você curtiu, já está nas lojas.
notif-liked-in-your-store = “{ $title }”, que você curtiu em { $store }, já está na loja de lá.
notif-wanted-in-store = “{ $title }” já está na loja, como você pediu para saber.
after-goal-heading = Quer?
after-goal-sign-in = Entre para saber quando chega à loja ou para dizer que tamanho você compraria.
after-goal-notify = Avise-me quando estiver na loja
after-goal-notified = Vamos avisar quando estiver na loja.
after-goal-size = Tamanho
after-goal-buy = Eu compraria
after-goal-bought = Você compraria no tamanho { $size }. A marca já sabe.
after-goal-withdraw = Retirar
after-goal-one-size = Tamanho único
after-goal-shoe-size = EU { $size }
after-goal-not-saved = Não salvo. { $reason }

## ===== Brand administration (/admin, /admin/insights): keep these last =====

## Administration: frame and shared words (src/pages/admin_page.rs, src/components/admin/admin_nav.rs, require_admin.rs, admin_error.rs, refresh_button.rs, design_summary.rs)

admin-title = Administração
admin-intro = Revise os novos designs, trate as denúncias, leve os vencedores para a produção e gerencie a equipe e os webhooks.
admin-section-review = Revisão
admin-section-reports = Denúncias
admin-section-production = Produção
admin-section-people = Pessoas
admin-section-webhooks = Webhooks
admin-tab-waiting = { $count } aguardando
admin-nav-insights = Estatísticas
admin-staff-only-heading = Esta página é para a equipe da marca
admin-staff-only-text = Você entrou como { $name }, que não é uma conta da equipe da marca. Se você trabalha para a marca, peça a um administrador que dê acesso de equipe à sua conta e depois recarregue esta página.
admin-staff-only-gallery = Ir para a galeria
admin-error-forbidden = Sua conta não faz mais parte da equipe da marca. Peça a outro administrador que devolva seu acesso e depois recarregue a página.
admin-error-session-ended = Sua sessão terminou. Entre de novo e tente outra vez.
admin-refresh = Atualizar
admin-refreshing = Atualizando…
admin-saving = Salvando…
admin-cancel = Cancelar
admin-hidden-badge = Oculto

## Administration: review (src/components/admin/review_queue.rs, pending_design_card.rs, reject_form.rs, note.rs)

admin-review-heading = Designs aguardando revisão
admin-review-intro = Aprove um design para colocá-lo na galeria ou recuse-o com um motivo que o designer vai ler.
admin-review-refresh-label = Atualizar a fila de revisão
admin-review-loading = Carregando os designs aguardando revisão
admin-review-empty-heading = Nada aguardando revisão
admin-review-empty-text = Os novos designs aparecem aqui enquanto a moderação está ativada. Sem moderação, eles vão direto para a galeria.
admin-approve = Aprovar
admin-approving = Aprovando…
admin-reject-open = Recusar…
admin-approved = Você aprovou “{ $title }”: ele já está na galeria.
admin-rejected = Você recusou “{ $title }”. O designer lê seu motivo na página dele.
admin-review-conflict = Alguém já revisou este design. Atualize a lista para ver em que pé ele está.
admin-reject-reason-label = Por que você está recusando?
admin-reject-reason-hint = O designer lê isto na página dele. Diga o que faria o design se encaixar.
admin-reject-send = Recusar design
admin-rejecting = Recusando…
admin-note-required = Escreva um motivo: o designer vai lê-lo.
admin-note-too-long = Use no máximo { $max } caracteres: este tem { $length }.
admin-note-count = { $count } / { $max }

## Administration: reports (src/components/admin/reports_queue.rs, reported_design_card.rs, hidden_design_card.rs)

admin-reports-heading = Designs denunciados
admin-reports-intro = Oculte um design para tirá-lo da galeria, das etiquetas e das telas, ou mantenha-o visível e encerre as denúncias.
admin-reports-refresh-label = Atualizar as denúncias
admin-reports-loading = Carregando os designs denunciados
admin-reports-empty-heading = Nenhuma denúncia aberta
admin-reports-empty-text = Quando alguém denuncia um design, ele aparece aqui com os motivos.
admin-reports-count =
    { $count ->
        [one] { $count } denúncia
       *[other] { $count } denúncias
    }
admin-report-reasons-label = Motivos informados
admin-hide = Ocultar design
admin-keep-shown = Manter visível
admin-hid = Você ocultou “{ $title }”. Agora só a equipe consegue vê-lo.
admin-kept = “{ $title }” continua visível e as denúncias foram encerradas.
admin-hidden-heading = Designs ocultos
admin-hidden-loading = Carregando os designs ocultos
admin-hidden-empty = Nenhum design está oculto.
admin-show-again = Mostrar de novo
admin-shown-again = “{ $title }” está visível de novo.

## Administration: production (src/components/admin/production_board.rs, production_design_card.rs)

admin-production-intro = Leve para a produção os designs que atingiram a meta e, depois, para as lojas. Cada etapa, com sua nota, aparece na linha do tempo pública do design.
admin-production-refresh-label = Atualizar o quadro de produção
admin-production-loading = Carregando os designs em produção
admin-production-empty-heading = Nenhum design atingiu a meta ainda
admin-production-empty-text = Os designs aparecem aqui quando juntam as curtidas de que precisam.
admin-production-group-empty = Nenhum no momento.
admin-production-note-label = Nota para a linha do tempo pública
admin-production-note-placeholder = Por exemplo: primeiras 200 peças, nas lojas a partir de março.
admin-step-in-production = Iniciar produção
admin-step-in-store = Marcar como na loja
admin-step-archived = Arquivar
admin-step-other = Avançar
admin-archive-confirm = Arquivar “{ $title }”? Ele sai da galeria, das etiquetas e das telas, e não pode voltar.
admin-moved-in-production = “{ $title }” está em produção agora. A linha do tempo pública mostra a etapa.
admin-moved-in-store = “{ $title }” está nas lojas agora. A linha do tempo pública mostra a etapa.
admin-moved-archived = “{ $title }” foi arquivado: saiu da galeria.
admin-moved-other = “{ $title }” avançou.

## Administration: people (src/components/admin/people_list.rs, person_row.rs)

admin-people-intro = A equipe da marca pode revisar designs, cuidar da produção e ver as estatísticas. Encontre uma conta e coloque-a na equipe, ou retire o acesso.
admin-people-search-label = Buscar pessoas por nome ou e-mail
admin-people-searching = Buscando…
admin-people-loading = Carregando as contas
admin-people-list-label = Contas
admin-people-none = Ainda não há contas.
admin-people-no-match = Nenhum nome ou e-mail contém “{ $query }”. Confira a grafia ou busque só uma parte.
admin-person-no-email = Sem e-mail: um cliente de demonstração
admin-person-you = (você)
admin-role-admin = Equipe da marca
admin-role-user = Cliente
admin-make-admin = Tornar administrador
admin-remove-admin = Remover administrador
admin-role-granted = { $name } agora faz parte da equipe da marca: pode usar estas páginas.
admin-role-revoked = { $name } não faz mais parte da equipe da marca.
admin-error-own-role = Você não pode remover seu próprio papel de administrador; peça a outro administrador.

## Administration: webhooks (src/components/admin/webhooks_panel.rs, webhook_form.rs, webhook_row.rs, delivery_table.rs)

admin-webhooks-intro = { -brand } envia um POST JSON assinado para cada URL quando um design atinge a meta ou muda de status, e tenta de novo com intervalos cada vez maiores quando o receptor falha.
admin-webhook-url-label = URL do webhook
admin-webhook-url-missing = Informe a URL que deve receber os eventos, como https://example.com/hooks/cocrea.
admin-webhook-add = Adicionar webhook
admin-webhook-adding = Adicionando…
admin-webhook-created = Você adicionou { $url }. Passe o segredo de assinatura dele ao serviço que recebe os eventos.
admin-webhook-deleted = Você excluiu { $url }: ele não recebe mais eventos.
admin-webhooks-loading = Carregando os webhooks
admin-webhooks-list-label = Webhooks cadastrados
admin-webhooks-empty = Ainda não há webhooks. Adicione uma URL acima para saber quando os designs atingem a meta ou mudam de status.
admin-webhook-added-on = Adicionado em { $date }
admin-webhook-secret = Segredo de assinatura
admin-webhook-secret-hint = O receptor confere o cabeçalho X-Cocrea-Signature (HMAC-SHA256 do corpo) com esta chave.
admin-webhook-delete = Excluir
admin-webhook-deleting = Excluindo…
admin-webhook-delete-label = Excluir o webhook { $url }
admin-webhook-delete-confirm = Excluir o webhook { $url }? Ele não vai receber mais eventos.
admin-deliveries-heading = Entregas recentes
admin-deliveries-refresh-label = Atualizar as entregas
admin-deliveries-loading = Carregando as entregas
admin-deliveries-empty = Ainda não há entregas. Elas aparecem aqui quando um design atinge a meta ou muda de status.
admin-delivery-when = Quando
admin-delivery-webhook = Webhook
admin-delivery-event = Evento
admin-delivery-state = Situação
admin-delivery-attempts = Tentativas
admin-delivery-last-error = Último erro
admin-delivery-deleted-webhook = Webhook { $id } (excluído)
admin-event-goal-reached = Meta atingida
admin-event-status-changed = Mudança de status
admin-delivery-retrying = Tentando de novo
admin-delivery-delivered = Entregue
admin-delivery-failed = Falhou: sem novas tentativas

## Insights (src/pages/admin_insights_page.rs, src/components/admin/big_number.rs, column_chart.rs, bar_chart.rs, chart_table.rs)

insights-title = Estatísticas
insights-intro = O que a comunidade curte, onde e quando. Dias e semanas estão em UTC.
insights-download-csv = Baixar CSV de todos os designs
insights-loading = Carregando as estatísticas
insights-goals-label =
    { $count ->
        [0] designs atingiram a meta
        [one] design atingiu a meta
       *[other] designs atingiram a meta
    }
insights-goals-share =
    de { $designs ->
        [one] { $designs } design
       *[other] { $designs } designs
    }: { $percent }%
insights-no-designs = Ainda não há designs.
insights-likes-per-day = Curtidas por dia, últimos 30 dias
insights-likes-per-day-empty = Nenhuma curtida nos últimos 30 dias.
insights-submissions-per-week = Envios por semana, últimas 12 semanas
insights-submissions-empty = Nenhum design foi enviado nas últimas 12 semanas.
insights-likes-by-category = Curtidas por categoria
insights-likes-by-store = Curtidas por loja
insights-top-designs = Designs mais curtidos
insights-no-likes = Ainda não há curtidas.
insights-top-empty = Nenhum design tem curtidas ainda.
insights-store-online = On-line (sem loja)
insights-axis-day = Dia
insights-axis-week = Início da semana
insights-axis-likes = Curtidas
insights-axis-designs = Designs
insights-axis-category = Categoria
insights-axis-store = Loja
insights-axis-design = Design
insights-designs-count =
    { $count ->
        [one] { $count } design
       *[other] { $count } designs
    }
insights-total = { $count } no total
insights-column-summary = { $title }, de { $first } a { $last }: { $total } no total, o máximo em { $busiest } ({ $most }).
insights-bar-summary = { $title }: { $rows }.
insights-bar-row = { $label } { $count }
insights-no-data = { $title }: sem dados.
insights-show-numbers = Ver os números

# Notifications and after the goal: the brand's insights (src/pages/admin_insights_page.rs)

insights-intents = Quem compraria, por design e tamanho
insights-intents-empty = Ninguém disse ainda que compraria um design.
insights-intents-size = Tamanho
insights-intents-people = Pessoas
insights-intents-notify-only = Só aviso (sem tamanho)
