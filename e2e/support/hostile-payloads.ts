// Text meant to run script if any layer between the write API or a form and the page trusted it. Each one that
// could run calls the page's `__xss(n)` marker; the test defines the marker and asserts it was never called. None
// is longer than 100 characters, so each fits every text field (user and token names are the shortest, at 100).

const script = [
  '<script>__xss(1)</script>',
  '<SCRIPT SRC=data:text/javascript,__xss(2)></SCRIPT>',
  '<script>/*</script><script>__xss(3)//*/</script>',
  '</script><script>__xss(4)</script>',
  '<scr<script>ipt>__xss(5)</scr</script>ipt>',
  '<<script>__xss(6)//<</script>',
  '<template><script>__xss(7)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(8)>">',
];

const eventHandlers = [
  '<img src=x onerror=__xss(9)>',
  '<img src="x" onerror="&#95;&#95;xss(10)">',
  '<img src=x onerror=\\u005f\\u005fxss(11)>',
  '<body onload=__xss(12)>',
  '<input autofocus onfocus=__xss(13)>',
  '<details open ontoggle=__xss(14)>',
  '<video><source onerror=__xss(15)></video>',
  '<audio src=x onerror=__xss(16)>',
  '<marquee onstart=__xss(17)>x</marquee>',
  '<div onmouseover=__xss(18)>hover me</div>',
  '"><img src=x onerror=__xss(19)>',
  "'><img src=x onerror=__xss(20)>",
  '" autofocus onfocus="__xss(21)',
  "' autofocus onfocus='__xss(22)",
  '<img src=x onerror=__xss(23)//',
];

const urls = [
  '<a href="javascript:__xss(24)">click</a>',
  '<a href="&#106;avascript:__xss(25)">click</a>',
  '<a href="jav&#x09;ascript:__xss(26)">click</a>',
  '<iframe src="javascript:__xss(27)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(28)</script>"></iframe>',
  '<object data="data:text/html,<script>parent.__xss(29)</script>"></object>',
  '<embed src="javascript:__xss(30)">',
  '<form><button formaction=javascript:__xss(31)>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(32)">',
  '<base href="javascript:__xss(33)//">',
  'javascript:__xss(34)',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygzNSk8L3NjcmlwdD4=',
];

const svgAndMath = [
  '<svg onload=__xss(36)>',
  '<svg><script>__xss(37)</script></svg>',
  '<svg><animate onbegin=__xss(38) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss(39)"><text y=20>x</text></a></svg>',
  '<svg><style><img src=x onerror=__xss(40)></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(41)>',
];

const styles = [
  '<style>@import "javascript:__xss(42)";</style>',
  '<div style="background:url(javascript:__xss(43))">x</div>',
  '<link rel=stylesheet href="data:text/css,body{color:red}">',
];

const brokenMarkup = [
  '<div><span>unclosed <b>bold <i>italic',
  '</div></main></body></html><script>__xss(44)</script>',
  '<!--<script>__xss(45)</script>-->',
  '<![CDATA[<script>__xss(46)</script>]]>',
  '<x:script xmlns:x="http://www.w3.org/1999/xhtml">__xss(47)</x:script>',
  '&lt;script&gt;__xss(48)&lt;/script&gt;',
  '%3Cscript%3E__xss(49)%3C%2Fscript%3E',
];

const templates = ['{{constructor.constructor("__xss(50)")()}}', '${__xss(51)}', '#{__xss(52)}'];

const unicode = [
  // Right-to-left override and isolates around markup, and a statement that reads backwards on screen.
  '\u202e<script>__xss(53)</script>\u202c',
  'AQIM \u202eSISI skcab\u202c \u2066\u2067\u2068nested\u2069\u2069\u2069',
  'القاعدة في بلاد المغرب الإسلامي <img src=x onerror=__xss(54)>',
  'A\u200bQ\u200dI\u200cM\ufeff zero-width',
  '\u2028\u2029<script>__xss(55)</script>',
  'Z\u0334\u0321\u034da\u0338l\u0337g\u0335o\u0336 👩‍👩‍👧 <svg onload=__xss(56)>',
];

/** Text payloads: stored as written and shown, never run. */
export const textPayloads = [...script, ...eventHandlers, ...urls, ...svgAndMath, ...styles, ...brokenMarkup, ...templates, ...unicode];

/** Addresses for source URL fields: the http(s) ones are stored and linked (escaped), the others refused. */
export const linkablePayloads = [
  'https://example.org/xss/"><script>__xss(57)</script>',
  'https://example.org/xss/?q=<svg onload=__xss(58)>',
  'http://example.org/xss/#javascript:__xss(59)',
  "https://example.org/xss/'onmouseover='__xss(60)",
];
export const refusedUrlPayloads = [
  'javascript:__xss(61)',
  'JaVaScRiPt:__xss(62)',
  ' javascript:__xss(63)',
  'data:text/html,<script>__xss(64)</script>',
  'vbscript:__xss(65)',
  '//attacker.example/xss',
  'file:///etc/passwd',
];

/** What the database cannot store, which every text field must refuse with a message. */
export const unstorablePayloads = ['AQIM\u0000 <script>__xss(66)</script>', '\u0000', 'AQIM \ud800 backs ISIS', 'AQIM \udc00'];

/** 100 kB of markup: over every text field's limit but the source's stored text. */
export const hugePayload = '<script>__xss(67)</script><img src=x onerror=__xss(68)>'.repeat(2000).slice(0, 100_000);
