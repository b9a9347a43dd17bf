/**
 * Words that label clutter, as data. Each list covers at least English, Chinese, German, French,
 * Spanish, Portuguese, Arabic, Japanese and Russian. They are a second signal: rules first look at
 * structure (link density, card shape, position) and use these to name what they see.
 */
export interface KeywordList {
  readonly words: readonly string[];
}

/** Labels of related-article and recommendation blocks ("Related article", "Read more"). */
export const RELATED_LABELS: KeywordList = {
  words: [
    'related', 'related articles', 'related article', 'related stories', 'related content', 'related coverage',
    'related posts', 'related news', 'related topics', 'related special topic', 'read more', 'read also',
    'also read', 'see also', 'more on this', 'more from', 'more stories', 'more news', 'more like this',
    'recommended', 'recommended for you', 'you may also like', 'you might also like', 'you may like',
    'most popular', 'most read', 'trending', 'top stories', 'latest news', 'editor\'s picks', 'don\'t miss',
    'up next', 'see more', 'what to read next', 'further reading', 'popular now', 'also on', 'you might like', 'what others are reading',
    'others are reading', 'keep reading', 'read next', 'read this next', 'more to explore', 'more articles',
    '相关文章', '相关阅读', '相关推荐', '相关新闻', '推荐阅读', '延伸阅读', '阅读更多', '猜你喜欢', '热门文章', '相關文章', '延伸閱讀',
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'das könnte sie auch interessieren', 'weitere artikel', 'auch interessant', 'meistgelesen',
    'à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet', 'à voir aussi', 'articles similaires', 'les plus lus', 'vous aimerez aussi',
    'te puede interesar', 'lee también', 'lea también', 'noticias relacionadas', 'artículos relacionados', 'más noticias', 'lo más leído', 'también te puede interesar',
    'leia também', 'veja também', 'leia mais', 'notícias relacionadas', 'mais lidas', 'você pode gostar',
    'اقرأ أيضا', 'اقرأ أيضاً', 'مقالات ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'اقرأ المزيد',
    '関連記事', 'あわせて読みたい', '合わせて読みたい', 'おすすめ記事', '人気記事', 'こちらもおすすめ',
    'читайте также', 'похожие статьи', 'по теме', 'читайте еще', 'читайте ещё', 'другие новости', 'популярное', 'рекомендуем',
    // The links to the stories before and after this one.
    'previous article', 'next article', 'previous post', 'next post', 'older post', 'newer post', 'previous story', 'next story',
    '上一篇', '下一篇', '前一篇', '後一篇', 'vorheriger artikel', 'nächster artikel', 'article précédent', 'article suivant',
    'artículo anterior', 'artículo siguiente', 'siguiente artículo', 'artigo anterior', 'próximo artigo', 'المقال السابق', 'المقال التالي',
    '前の記事', '次の記事', 'предыдущая статья', 'следующая статья',
  ],
};

/** Labels of tag and topic lists. */
export const TAG_LABELS: KeywordList = {
  words: [
    'tags', 'tagged', 'topics', 'filed under', 'categories', 'category', 'keywords',
    '标签', '话题', '专题', '關鍵字', 'schlagworte', 'themen', 'étiquettes', 'mots-clés', 'sujets',
    'etiquetas', 'temas', 'tópicos', 'الوسوم', 'كلمات مفتاحية', 'タグ', 'キーワード', 'теги', 'метки', 'темы',
  ],
};

/** Labels of comment widgets. */
export const COMMENT_LABELS: KeywordList = {
  words: [
    'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'write a comment', 'add a comment',
    'join the discussion', 'join the conversation', 'show comments', 'view comments',
    '评论', '評論', '留言', '发表评论', 'kommentare', 'kommentar', 'kommentieren', 'commentaires', 'commentaire', 'réagir',
    'comentarios', 'comentários', 'comentar', 'deja un comentario', 'التعليقات', 'تعليقات', 'أضف تعليق',
    'コメント', 'コメントする', 'комментарии', 'комментарий', 'оставить комментарий',
  ],
};

/** Words of share bars. */
export const SHARE_WORDS: KeywordList = {
  words: [
    'share', 'share this', 'share this article', 'share on', 'tweet', 'post', 'copy link', 'copy', 'link copied',
    'email', 'e-mail', 'print', 'save', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit',
    'pinterest', 'wechat', 'weibo', 'line', 'flipboard', 'messenger', 'sms', 'bookmark', 'comments', 'gift article',
    '分享', '分享到', '微信', '微博', '复制链接', '收藏', 'teilen', 'drucken', 'link kopieren', 'partager', 'imprimer',
    'copier le lien', 'compartir', 'imprimir', 'copiar enlace', 'compartilhar', 'copiar link', 'مشاركة', 'شارك',
    'نسخ الرابط', 'シェア', '共有', 'ツイート', 'リンクをコピー', 'поделиться', 'копировать ссылку', 'отправить',
  ],
};

/** Newsletter and sign-up wording. */
export const NEWSLETTER_WORDS: KeywordList = {
  words: [
    'newsletter', 'newsletters', 'sign up', 'signup', 'subscribe', 'get our', 'delivered to your inbox', 'in your inbox',
    '订阅', '订阅我们', '邮件', 'newsletter abonnieren', 'abonnieren', 'anmelden', "s'abonner", 'abonnez-vous', 'inscrivez-vous',
    'suscríbete', 'suscribirse', 'boletín', 'inscreva-se', 'assine', 'assinar', 'اشترك', 'النشرة البريدية',
    'ニュースレター', 'メルマガ', '購読', '登録', 'подписаться', 'подпишитесь', 'рассылка',
  ],
};

/** Units of view counters ("1.2k views"). */
export const VIEW_WORDS: KeywordList = {
  words: [
    'views', 'view', 'reads', 'plays', '次浏览', '浏览', '阅读', '次阅读', '人阅读', '閱讀', 'aufrufe', 'mal gelesen',
    'vues', 'lectures', 'vistas', 'visitas', 'lecturas', 'visualizações', 'leituras', 'مشاهدة', 'مشاهدات',
    '回閲覧', '閲覧', 'pv', 'просмотров', 'просмотра', 'просмотр', 'прочтений',
  ],
};

/** Gallery chrome and header furniture that leaks into the body as a line of its own. */
export const CHROME_LINES: KeywordList = {
  words: [
    'caption', 'close', 'expand', 'enlarge', 'enlarge this image', 'hide caption', 'show caption', 'toggle caption',
    'view gallery', 'open gallery', 'full screen', 'fullscreen', 'previous', 'next', 'play', 'pause', 'replay',
    'sign in', 'log in', 'login', 'register', 'subscribe', 'breaking news', 'advertisement', 'ad', 'sponsored',
    'skip advertisement', 'story continues below advertisement', 'article continues below', 'continue reading', 'scroll to continue', 'story continues below', 'listen to this article',
    'watch', 'video', 'loading', 'back to top', 'menu', 'search', 'home', 'rate this recipe', 'rate this article',
    'skip to content', 'skip to main content', 'advert', 'continue reading below', 'this slideshow requires javascript',
    'tell us what you think', 'jump to recipe', 'print recipe', 'printer-friendly version', 'print this page', 'print this article',
    'pin for later', 'pin it for later', 'save for later', 'follow us on google news', 'add us on google news', 'favourite on google news',
    'photo', 'image', 'picture', 'gallery', '图片', 'bild', 'foto', 'imagen', 'imagem', 'صورة', '写真', 'фото',
    '广告', '登录', '注册', '返回顶部', 'anzeige', 'werbung', 'publicité', 'la suite après cette publicité',
    'lire la suite', 'weiterlesen nach der anzeige', 'artikel wird unter der anzeige fortgesetzt', 'continúa después de la publicidad',
    'a matéria continua após a publicidade', 'продолжение после рекламы', '广告之后继续阅读', 'publicidad', 'publicidade', 'إعلان',
    '広告', 'ログイン', 'реклама', 'войти',
  ],
};

/** Calls to follow or subscribe elsewhere, at the end of an article. */
export const FOLLOW_WORDS: KeywordList = {
  words: [
    'follow us', 'follow me', 'subscribe to our', 'join our', 'like us on', 'find us on',
    '关注我们', '扫码关注', '欢迎关注', 'folgen sie uns', 'abonnieren sie', 'suivez-nous', 'abonnez-vous', 'síguenos',
    'suscríbete', 'siga-nos', 'assine', 'تابعونا', 'اشترك', 'フォローして', 'フォローする', 'подписывайтесь', 'подпишитесь',
    'следите за нами', 'читайте нас',
  ],
};

/** Editorial disclosures and disclaimers of the site's responsibility, whole. */
export const DISCLOSURE_WORDS: KeywordList = {
  words: [
    'chosen independently by our editors', 'independently selected by our editors', 'advertiser disclosure', 'earn from qualifying purchases',
    'may contain affiliate links', 'contains affiliate links', 'includes affiliate links', 'uses affiliate links',
    'do not necessarily reflect', 'not necessarily those of', 'ne reflètent pas nécessairement', 'no reflejan necesariamente',
    'não refletem necessariamente', 'geben nicht unbedingt', 'не обязательно отражает',
  ],
};

/** Affiliate links, named in a disclosure… */
export const AFFILIATE_WORDS: KeywordList = {
  words: [
    'affiliate', 'affiliate link', 'affiliate links', 'affiliates', '联盟链接', '推广链接', 'affiliate-links', 'partnerlinks', 'partnerlink',
    'werbelink', 'liens affiliés', 'lien affilié', "liens d'affiliation", 'enlaces de afiliados', 'enlace de afiliado', 'links de afiliados',
    'link de afiliado', 'روابط تابعة', 'رابط تابع', 'アフィリエイト', 'партнёрские ссылки', 'партнерские ссылки',
  ],
};

/** …with what the site earns from them. */
export const EARNING_WORDS: KeywordList = {
  words: [
    'commission', 'commissions', 'earn', 'earns', 'compensated', 'compensation', 'kickback', 'at no extra cost', 'at no additional cost',
    '佣金', '收入', 'provision', 'vergütung', 'rémunération', 'comisión', 'comissão', 'عمولة', '報酬', 'комиссию', 'вознаграждение',
  ],
};

/** Paywall and sign-in prompts left inside the article. */
export const PAYWALL_WORDS: KeywordList = {
  words: [
    'already have an account', 'already a subscriber', 'subscribe to continue reading', 'subscribe to read', 'unlock this article',
    'exclusive to subscribers', 'this article is exclusive to', 'log in to continue', 'sign in to continue', 'create a free account to continue',
    '已有账号', '订阅后阅读', '登录后阅读', 'bereits abonnent', 'sie haben bereits ein konto', 'artikel freischalten', 'jetzt weiterlesen mit',
    'déjà abonné', 'réservé aux abonnés', 'cet article est réservé', 'ya tienes una cuenta', 'ya eres suscriptor', 'exclusivo para suscriptores',
    'já é assinante', 'já tem uma conta', 'exclusivo para assinantes', 'لديك حساب بالفعل', 'للمشتركين فقط', '続きを読むには', 'ログインして続きを',
    'уже есть аккаунт', 'только для подписчиков',
  ],
};

/** Requests to rate the article or the recipe, and the notes of a comment form. */
export const PROMPT_WORDS: KeywordList = {
  words: [
    'leave a star rating', 'leave a rating', 'rate this article', 'rate this post', 'rate this recipe', 'was this article helpful',
    'was this helpful', 'was this page helpful', 'how relevant was this', 'how useful was this', 'did you find this helpful',
    'by posting a comment', 'your email address will not be published', 'required fields are marked',
    '这篇文章对你有帮助吗', '您的电子邮箱地址不会被公开', 'war dieser artikel hilfreich', 'artikel bewerten', 'ihre e-mail-adresse wird nicht veröffentlicht',
    'cet article vous a-t-il été utile', 'votre adresse e-mail ne sera pas publiée', '¿te ha resultado útil', 'tu dirección de correo electrónico no será publicada',
    'este artigo foi útil', 'o seu endereço de e-mail não será publicado', 'هل كان هذا المقال مفيدا', 'この記事は役に立ちましたか', 'メールアドレスが公開されることはありません',
    'была ли статья полезной', 'ваш адрес email не будет опубликован',
  ],
};

/** Headings of the box about the author that follows an article. */
export const AUTHOR_BOX_LABELS: KeywordList = {
  words: [
    'about the author', 'about the authors', 'about the writer', 'meet the author', 'author bio', 'written by',
    '关于作者', '作者简介', 'über den autor', 'über die autorin', 'zum autor', 'zur autorin', "à propos de l'auteur", "à propos de l'autrice",
    'sobre el autor', 'sobre la autora', 'acerca del autor', 'sobre o autor', 'sobre a autora', 'عن الكاتب', 'نبذة عن الكاتب',
    '著者について', '著者プロフィール', 'この記事を書いた人', 'об авторе',
  ],
};

/** The edit link a wiki puts in each heading ("[edit]"). */
export const EDIT_LABELS: KeywordList = {
  words: ['edit', 'edit section', 'edit source', '编辑', '編輯', 'bearbeiten', 'quelltext bearbeiten', 'modifier', 'modifier le code', 'editar', 'editar código', 'تعديل', '編集', 'править', 'править код'],
};

/**
 * What a link to another part of the same page opens with when it skips the reader ahead ("Skip to
 * content", "Skip Course introduction block", "Jump to the list"): matched as the link's first
 * words, or whole in scripts without spaces.
 */
export const SKIP_LINK_LABELS: KeywordList = {
  words: [
    'skip', 'jump to', 'springe zu', 'springe zum', 'zum inhalt', 'direkt zum inhalt', 'zum rezept', 'aller au contenu',
    'passer au contenu', 'aller à la recette', 'saltar a', 'saltar al contenido', 'ir al contenido', 'ir a la receta', 'pular para',
    'ir para o conteúdo', 'перейти к', 'انتقل إلى', 'تخطى إلى', 'التخطي إلى', '跳到主要内容', '跳至主要内容', '跳转到主要内容', '跳到内容',
    '跳至内容', 'メインコンテンツへスキップ', 'コンテンツへスキップ', '本文へスキップ', '本文へ移動',
  ],
};

/** Appeals for support and offers to reuse or republish the article. */
export const SUPPORT_WORDS: KeywordList = {
  words: [
    'support our journalism', 'support independent journalism', 'support our work', 'become a patron', 'make a donation', 'donate now',
    'reuse this content', 'republish this article', 'republish this story',
    'if you liked this article', 'if you enjoyed this article', 'if you liked this post', 'if you enjoyed this post', 'please consider subscribing',
    'wenn ihnen dieser artikel gefallen hat', 'si cet article vous a plu', 'si te gustó este artículo', 'se você gostou deste artigo',
    '支持我们', 'unterstützen sie unseren journalismus', 'jetzt spenden', 'soutenez notre journalisme', 'faire un don', 'apoya nuestro periodismo',
    'haz una donación', 'apoie o jornalismo', 'faça uma doação', 'ادعم', 'تبرع الآن', '寄付する', 'поддержите нас', 'поддержать проект',
  ],
};

/** What a byline field holds when it names nobody: its own label, a form's, a CMS account's. */
export const NOT_AN_AUTHOR: KeywordList = {
  words: [
    'author', 'authors', 'the author', 'about the author', "author's profile", 'author profile', 'view profile', 'profile', 'name', 'your name',
    'admin', 'administrator', 'autor', 'autorin', 'der autor', 'die autorin', 'über den autor', 'auteur', "l'auteur", 'el autor', 'o autor',
    'автор', 'об авторе', '作者', '关于作者', '著者', 'المؤلف', 'الكاتب',
  ],
};
