/**
 * Hostile pages: one plausible article (own text) with one attack in its body, for every attack in
 * ATTACKS. Each payload tries to signal success three ways — a global flag, the document title and
 * a request to the beacon — but only outside an http: page, so the tab that shows the page stays
 * quiet and any signal comes from an extension page (popup, reader tab) or the CLI's output.
 */

/** The global an executed payload sets. */
export const FLAG = '__ppPwned';
/** The document title an executed payload sets. */
export const PWNED_TITLE = 'PWNED';

export const ARTICLE_TITLE = 'Night ferry crew rescue kayakers caught by the turning tide';

/** Paragraphs that stand apart from the payload and must survive every attack. */
export const BENIGN_PARAGRAPHS = [
  'The crew of the late ferry from Aldmouth spotted two kayakers clinging to a marker buoy shortly after ten on Tuesday night, about a mile west of the harbour wall.',
  'Captain Rhoda Feist said the pair had set out in calm water that afternoon but misjudged how quickly the tide turns around the sandbank at the mouth of the estuary.',
  'Deckhands lowered the ferry’s rescue boat and brought both paddlers aboard within twenty minutes; they were cold and shaken but needed no treatment in hospital.',
  'The coastguard reminded visitors that tide tables for the estuary are posted at both slipways and that conditions can change in less than an hour.',
];

export interface Attack {
  /** Short id, also the page's file name and the beacon's path. */
  name: string;
  /** What the page tries. */
  what: string;
  /** The payload markup, given the JavaScript that signals and the beacon URL for this attack. */
  payload: (signal: string, beacon: string) => string;
}

/** Script that signals success, without spaces or double quotes so it fits any attribute. */
export function signalScript(name: string, beacon: string): string {
  return `if(location.protocol!=='http:'){window.${FLAG}='${name}';document.title='${PWNED_TITLE}';fetch('${beacon}')}`;
}

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function svgDataUrl(markup: string): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${markup}</svg>`)}`;
}

function htmlDataUrl(markup: string): string {
  return `data:text/html,${encodeURIComponent(markup)}`;
}

/** Event-handler attributes, each on an element where it can fire without a reader doing much. */
const HANDLERS: ReadonlyArray<[handler: string, markup: (code: string) => string]> = [
  ['onerror', (code) => `<img src="missing-chart.png" onerror="${code}" alt="Chart of tide heights">`],
  ['onload', (code) => `<img src="${GIF}" onload="${code}" alt="Harbour at dusk">`],
  ['onclick', (code) => `<p onclick="${code}">Tap here for the harbour webcam.</p>`],
  ['onmouseover', (code) => `<p onmouseover="${code}">Hover for tide times.</p>`],
  ['onfocus', (code) => `<p tabindex="0" autofocus onfocus="${code}">Tide warning in force.</p>`],
  ['onblur', (code) => `<p tabindex="0" onblur="${code}">Updated at 11 pm.</p>`],
  ['ontoggle', (code) => `<details open ontoggle="${code}"><summary>Crew list</summary><p>Five crew were on duty.</p></details>`],
  ['onanimationstart', (code) => `<p style="animation:pulse 1s" onanimationstart="${code}">Live updates.</p>`],
  ['onpointerenter', (code) => `<span onpointerenter="${code}">Map of the estuary</span>`],
  ['onloadstart', (code) => `<video src="clip.mp4" onloadstart="${code}" controls></video>`],
  ['onbegin', (code) => `<svg><animate onbegin="${code}" attributeName="x" dur="1s"></animate></svg>`],
  ['onscroll', (code) => `<div style="overflow:auto;height:20px" onscroll="${code}"><p>Scroll for more.</p><p>End.</p></div>`],
  ['onkeydown', (code) => `<p contenteditable onkeydown="${code}">Leave a note.</p>`],
  ['onpageshow', (code) => `<body onpageshow="${code}">`],
  ['onwheel', (code) => `<p onwheel="${code}">Spin the wheel.</p>`],
];

const HANDLER_ATTACKS: Attack[] = HANDLERS.map(([handler, markup]) => ({
  name: `handler-${handler}`,
  what: `an ${handler} event-handler attribute`,
  payload: (signal) => markup(signal),
}));

const PAYLOAD_ATTACKS: Attack[] = [
  { name: 'script-inline', what: 'an inline <script>', payload: (s) => `<script>${s}</script>` },
  { name: 'script-src', what: 'a <script src> to the beacon', payload: (_s, b) => `<script src="${b}"></script>` },
  { name: 'script-module', what: 'an inline module script', payload: (s) => `<script type="module">${s}</script>` },
  { name: 'link-javascript', what: 'a javascript: link', payload: (s) => `<p>Read <a href="javascript:${s}">the full incident log</a>.</p>` },
  { name: 'link-javascript-encoded', what: 'an entity- and tab-obfuscated javascript: link', payload: (s) => `<p>See <a href="&#x20;jav&#x09;ascript&colon;${s}">the map</a>.</p>` },
  { name: 'link-javascript-case', what: 'a mixed-case javascript: link', payload: (s) => `<p>See <a href="JaVaScRiPt:${s}">photos</a>.</p>` },
  { name: 'link-data-html', what: 'a data:text/html link', payload: (s) => `<p>Open <a href="${htmlDataUrl(`<script>${s}</script>`)}">the timetable</a>.</p>` },
  { name: 'link-vbscript', what: 'a vbscript: link', payload: () => `<p>Open <a href="vbscript:msgbox(1)">the archive</a>.</p>` },
  { name: 'form-action', what: 'a form posting to javascript:', payload: (s) => `<form action="javascript:${s}"><input name="email" autofocus><button>Sign up</button></form>` },
  { name: 'form-formaction', what: 'a button with formaction', payload: (s) => `<form><button formaction="javascript:${s}">Send</button></form>` },
  { name: 'form-input-image', what: 'an image input loading the beacon', payload: (_s, b) => `<form><input type="image" src="${b}" alt="Go"></form>` },
  { name: 'iframe-javascript', what: 'an iframe with a javascript: src', payload: (s) => `<iframe src="javascript:${s}"></iframe>` },
  { name: 'iframe-data', what: 'an iframe with a data:text/html src', payload: (s) => `<iframe src="${htmlDataUrl(`<script>${s}</script>`)}"></iframe>` },
  { name: 'iframe-srcdoc', what: 'an iframe srcdoc with a script', payload: (s) => `<iframe srcdoc="<script>${s}</script>"></iframe>` },
  { name: 'iframe-beacon', what: 'an iframe loading the beacon', payload: (_s, b) => `<iframe src="${b}" width="300" height="200"></iframe>` },
  { name: 'object-data', what: 'an <object> with a data:text/html document', payload: (s) => `<object data="${htmlDataUrl(`<script>${s}</script>`)}" type="text/html"></object>` },
  { name: 'object-beacon', what: 'a plug-in <object> loading the beacon', payload: (_s, b) => `<object type="application/x-shockwave-flash" data="${b}"><param name="movie" value="${b}"></object>` },
  { name: 'embed-svg', what: 'an <embed> of a scripted SVG', payload: (s) => `<embed src="${svgDataUrl(`<script>${s}</script>`)}" type="image/svg+xml">` },
  { name: 'embed-javascript', what: 'an <embed> with a javascript: src', payload: (s) => `<embed src="javascript:${s}">` },
  { name: 'base-href', what: 'a <base href> redirecting relative links', payload: (_s, b) => `<base href="${b}/"><p>Read <a href="tide-tables">the tide tables</a>.</p>` },
  { name: 'meta-refresh', what: 'a <meta http-equiv=refresh> to the beacon', payload: (_s, b) => `<meta http-equiv="refresh" content="0;url=${b}">` },
  { name: 'meta-refresh-javascript', what: 'a <meta http-equiv=refresh> to javascript:', payload: (s) => `<meta http-equiv="refresh" content="0;url=javascript:${s}">` },
  { name: 'stylesheet-link', what: 'a remote stylesheet', payload: (_s, b) => `<link rel="stylesheet" href="${b}">` },
  { name: 'style-import', what: 'a <style> @import of the beacon', payload: (_s, b) => `<style>@import url("${b}");</style>` },
  { name: 'style-font-face', what: 'a web font loaded from the beacon', payload: (_s, b) => `<style>@font-face{font-family:tide;src:url("${b}")}p{font-family:tide}</style>` },
  { name: 'style-attribute-url', what: 'a CSS url() beacon in a style attribute', payload: (_s, b) => `<p style="background-image:url('${b}')">Weather: clear, light wind.</p>` },
  { name: 'table-background', what: 'a table background attribute', payload: (_s, b) => `<table background="${b}"><tr><td>High tide</td><td>22:41</td></tr></table>` },
  { name: 'svg-script', what: 'a <script> inside SVG', payload: (s) => `<svg><script>${s}</script><circle r="4"></circle></svg>` },
  { name: 'svg-onload', what: 'an SVG onload', payload: (s) => `<svg onload="${s}"><circle r="4"></circle></svg>` },
  { name: 'svg-foreign-object', what: 'HTML in an SVG <foreignObject>', payload: (s) => `<svg><foreignObject width="100" height="50"><img src="x" onerror="${s}"></foreignObject></svg>` },
  { name: 'svg-use-data', what: 'an SVG <use href=data:>', payload: (s) => `<svg><use href="${svgDataUrl(`<g id="x"><image href="x" onerror="${s}"/></g>`)}#x"></use></svg>` },
  { name: 'svg-animate-href', what: 'an SVG <animate> that sets a link to javascript:', payload: (s) => `<svg><a><animate attributeName="href" values="javascript:${s}"></animate><text x="20" y="20">Route map</text></a></svg>` },
  { name: 'svg-set-href', what: 'an SVG <set> that sets a link to javascript:', payload: (s) => `<svg><a><set attributeName="href" to="javascript:${s}"></set><text x="20" y="20">Chart</text></a></svg>` },
  { name: 'mxss-mathml-style', what: 'the MathML/<style> namespace-confusion mutation', payload: (s) => `<div><math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=${s}&gt;"></mglyph></table></mtext></math></div>` },
  { name: 'mxss-noscript', what: 'the <noscript> title mutation', payload: (s) => `<noscript><p title="</noscript><img src=x onerror=${s}>"></p></noscript>` },
  { name: 'mxss-svg-style', what: 'an SVG <style> closing early on re-parse', payload: (s) => `<svg></p><style><a id="</style><img src=1 onerror=${s}>">` },
  { name: 'mxss-form-math', what: 'the nested <form>/MathML mutation', payload: (s) => `<div><form><math><mtext></form><form><mglyph><style></math><img src onerror=${s}></style></mglyph></form></mtext></math></form></div>` },
  { name: 'mxss-textarea', what: 'a <textarea> title mutation', payload: (s) => `<textarea><p title="</textarea><img src=x onerror=${s}>"></p></textarea>` },
  { name: 'math-href', what: 'a MathML xlink:href to javascript:', payload: (s) => `<math><maction actiontype="statusline" xlink:href="javascript:${s}">Tide formula</maction></math>` },
  { name: 'clobber-attributes', what: 'DOM clobbering of .attributes', payload: () => `<form name="attributes"><input name="attributes"></form><img name="attributes" src="${GIF}" alt="">` },
  { name: 'clobber-create-element', what: 'DOM clobbering of createElement', payload: () => `<img name="createElement" src="${GIF}" alt=""><form id="createElement"></form>` },
  { name: 'clobber-proto', what: 'DOM clobbering of __proto__', payload: () => `<a id="__proto__" href="#">a</a><a id="__proto__" name="__proto__" href="#">b</a>` },
  { name: 'clobber-document', what: 'DOM clobbering of document properties', payload: () => `<img name="body" src="${GIF}" alt=""><img name="defaultView" src="${GIF}" alt=""><img id="getElementsByTagName" src="${GIF}" alt="">` },
  { name: 'shadow-declarative', what: 'a declarative shadow root with a script', payload: (s) => `<div><template shadowrootmode="open"><script>${s}</script><p>Shadow note.</p></template></div>` },
  { name: 'template-script', what: 'a <template> holding a script', payload: (s) => `<template><script>${s}</script></template>` },
  { name: 'target-blank', what: 'a target=_blank link without rel', payload: () => `<p>The <a href="https://coastguard.example/report" target="_blank">coastguard’s report</a> is online.</p>` },
  { name: 'link-ping', what: 'a link with ping to the beacon', payload: (_s, b) => `<p>Read <a href="https://coastguard.example/" ping="${b}">the safety advice</a>.</p>` },
  { name: 'autoplay-video', what: 'autoplaying video', payload: () => `<video src="clip.mp4" autoplay muted loop playsinline></video>` },
  { name: 'autoplay-audio', what: 'autoplaying audio', payload: () => `<audio src="siren.mp3" autoplay loop></audio>` },
  { name: 'portal', what: 'a <portal> to the beacon', payload: (_s, b) => `<portal src="${b}"></portal>` },
];

export const ATTACKS: readonly Attack[] = [...PAYLOAD_ATTACKS, ...HANDLER_ATTACKS];

/** The whole hostile page for `attack`; `beaconBase` is where its requests go (…/beacon). */
export function attackPage(attack: Attack, beaconBase: string): string {
  const beacon = `${beaconBase}/${attack.name}`;
  const signal = signalScript(attack.name, beacon);
  const [first, second, third, fourth] = BENIGN_PARAGRAPHS;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${ARTICLE_TITLE} | Aldmouth Gazette</title>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>${ARTICLE_TITLE}</h1>
<p class="byline">By Tamsin Orde</p>
<p>${first}</p>
<p>${second}</p>
${attack.payload(signal, beacon)}
<p>${third}</p>
<p>${fourth}</p>
</article>
</main>
<footer><p>© Aldmouth Gazette</p></footer>
</body>
</html>
`;
}
