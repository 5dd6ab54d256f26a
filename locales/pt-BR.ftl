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
error-other = Algo não funcionou. Recarregue a página e tente de novo.

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

## A design in the gallery (src/components/design_card.rs)

card-rejection-reason = Motivo: { $reason }

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
tags-help-ids = Adicione ao endereço os números dos designs, como { $example },
tags-help-store = e o código de uma loja para contar as curtidas dela: { $example }.
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

## Store screen (src/pages/screen_page.rs, src/components/leaderboard_*.rs, reconnecting_mark.rs)

screen-title = Tela da loja
screen-view-top = Mais curtidos
screen-view-trending = Em alta agora
screen-view-near-goal = Mais perto da meta
screen-views-label = Rankings desta tela
screen-cta-question = Gostou do que viu?
screen-cta = Escaneie o código QR na etiqueta da peça.
screen-live = Ao vivo
board-loading = Carregando o ranking…
board-empty = Ainda não há designs aqui. O seu pode ser o primeiro!
board-row-label = Número { $rank }: { $title }, { likes-count }
board-of-goal = de { $goal }
board-goal-reached = meta atingida
board-store-likes = { $count } aqui
reconnecting = Reconectando…
reconnecting-title = As contagens ao vivo voltam em instantes

## ===== Brand administration (/admin, /admin/insights): keep these last =====
