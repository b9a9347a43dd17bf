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
    'up next', 'see more', 'what to read next', 'further reading', 'popular now', 'also on',
    '相关文章', '相关阅读', '相关推荐', '相关新闻', '推荐阅读', '延伸阅读', '阅读更多', '猜你喜欢', '热门文章', '相關文章', '延伸閱讀',
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'das könnte sie auch interessieren', 'weitere artikel', 'auch interessant', 'meistgelesen',
    'à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet', 'à voir aussi', 'articles similaires', 'les plus lus', 'vous aimerez aussi',
    'te puede interesar', 'lee también', 'lea también', 'noticias relacionadas', 'artículos relacionados', 'más noticias', 'lo más leído', 'también te puede interesar',
    'leia também', 'veja também', 'leia mais', 'notícias relacionadas', 'mais lidas', 'você pode gostar',
    'اقرأ أيضا', 'اقرأ أيضاً', 'مقالات ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'اقرأ المزيد',
    '関連記事', 'あわせて読みたい', '合わせて読みたい', 'おすすめ記事', '人気記事', 'こちらもおすすめ',
    'читайте также', 'похожие статьи', 'по теме', 'читайте еще', 'читайте ещё', 'другие новости', 'популярное', 'рекомендуем',
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
