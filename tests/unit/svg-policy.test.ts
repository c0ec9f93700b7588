import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { svgContentProblems, svgProblems } from '../../src/check/svg-policy';

const svg = (inside: string, attributes = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"${attributes}>\n${inside}\n</svg>\n`;
const xlink = ' xmlns:xlink="http://www.w3.org/1999/xlink"';

/** Hostile pictures: each must be refused, with the name of what is wrong. */
const hostile: { name: string; svg: string; names: RegExp }[] = [
	{ name: 'a script', svg: svg('<script>alert(1)</script>'), names: /^script$/ },
	{ name: 'a script in upper case', svg: svg('<SCRIPT>alert(1)</SCRIPT>'), names: /^SCRIPT$/ },
	{
		name: 'a namespaced script (svg:script)',
		svg: svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'),
		names: /^svg:script$/,
	},
	{
		name: 'a script under another prefix bound to SVG',
		svg: svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'),
		names: /^x:script$/,
	},
	{
		name: 'a script inside CDATA',
		svg: svg('<script><![CDATA[ alert(1) ]]></script>'),
		names: /^script$/,
	},
	{
		name: 'a CDATA section outside a style',
		svg: svg('<g><![CDATA[<script>alert(1)</script>]]></g>'),
		names: /CDATA/,
	},
	{ name: 'a comment hiding markup', svg: svg('<!--><script>alert(1)</script>-->'), names: /<!--/ },
	{
		name: 'a foreignObject with HTML',
		svg: svg(
			'<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></body></foreignObject>',
		),
		names: /^foreignObject$/,
	},
	{
		name: 'onload on the root',
		svg: svg('<rect width="1" height="1"/>', ' onload="alert(1)"'),
		names: /^onload$/,
	},
	{
		name: 'ONLOAD in capitals with odd spacing',
		svg: svg('<rect width="1" height="1"/>', ' ONLOAD  =\n\t"alert(1)"'),
		names: /^ONLOAD$/,
	},
	{
		name: 'onclick on a shape',
		svg: svg('<circle r="4" onclick = \'alert(1)\'/>'),
		names: /^onclick$/,
	},
	{
		name: 'a link to javascript:',
		svg: svg('<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'),
		names: /^a$/,
	},
	{
		name: 'xlink:href with an encoded javascript:',
		svg: svg('<use xlink:href="java&#115;cript:alert(1)"/>', xlink),
		names: /^use xlink:href$/,
	},
	{
		name: "use of another site's drawing",
		svg: svg('<use href="https://evil.example/x.svg#a"/>'),
		names: /^use href$/,
	},
	{
		name: 'an image from another site',
		svg: svg('<image href="http://evil.example/x.png" width="5" height="5"/>'),
		names: /^image$/,
	},
	{
		name: 'an image of a local file',
		svg: svg('<image href="file:///etc/passwd" width="5" height="5"/>'),
		names: /^image$/,
	},
	{
		name: 'a style importing another sheet',
		svg: svg('<style>@import url(https://evil.example/x.css);</style>'),
		names: /^style$/,
	},
	{
		name: 'a style importing without url()',
		svg: svg('<style>@import "https://evil.example/x.css";</style>'),
		names: /^style$/,
	},
	{
		name: 'a style attribute loading a background',
		svg: svg('<rect width="5" height="5" style="background:url(https://evil.example/x.png)"/>'),
		names: /^style$/,
	},
	{
		name: 'a style hiding url() behind an escape',
		svg: svg('<rect width="5" height="5" style="fill:u\\72 l(https://evil.example/x)"/>'),
		names: /^style$/,
	},
	{
		name: 'a style hiding @import behind a character reference',
		svg: svg('<style>&#64;import "https://evil.example/x.css";</style>'),
		names: /^style$/,
	},
	{
		name: 'a fill loading a paint server from another site',
		svg: svg('<rect width="5" height="5" fill="url(https://evil.example/p.svg#g)"/>'),
		names: /^fill$/,
	},
	{
		name: 'a CSS expression()',
		svg: svg('<rect width="5" height="5" style="width:expression(alert(1))"/>'),
		names: /^style$/,
	},
	{
		name: 'image-set() in a style',
		svg: svg('<style>rect { fill: image-set("https://evil.example/x.png" 1x) }</style>'),
		names: /^style$/,
	},
	{
		name: 'an entity declaration',
		svg: `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${svg('<text>&x;</text>')}`,
		names: /DOCTYPE|ENTITY/,
	},
	{
		name: 'a billion laughs',
		svg: `<!DOCTYPE svg [\n<!ENTITY a "ha">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">\n]>\n${svg('<text>&d;</text>')}`,
		names: /DOCTYPE|ENTITY/,
	},
	{ name: 'an undeclared entity', svg: svg('<text>&nbsp;</text>'), names: /&/ },
	{
		name: 'an animation rewriting href to javascript:',
		svg: svg('<a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
		names: /^a$/,
	},
	{
		name: 'an animate element on its own',
		svg: svg(
			'<use href="#r"><animate attributeName="href" values="javascript:alert(1)"/></use><rect id="r" width="1" height="1"/>',
		),
		names: /^animate$/,
	},
	{
		name: 'a set element',
		svg: svg('<rect width="5" height="5"><set attributeName="onmouseover" to="alert(1)"/></rect>'),
		names: /^set$/,
	},
	{
		name: 'an feImage loading a file',
		svg: svg('<filter id="f"><feImage href="https://evil.example/x.png"/></filter>'),
		names: /^feImage$/,
	},
	{
		name: 'an XML stylesheet processing instruction',
		svg: `<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>\n${svg('<rect width="1" height="1"/>')}`,
		names: /xml-stylesheet/,
	},
	{
		name: 'another processing instruction',
		svg: svg('<?php echo 1; ?><rect width="1" height="1"/>'),
		names: /php/,
	},
	{
		name: 'an encoding other than UTF-8',
		svg: `<?xml version="1.0" encoding="UTF-7"?>\n${svg('<rect width="1" height="1"/>')}`,
		names: /^encoding$/,
	},
	{
		name: 'malformed XML',
		svg: '<svg xmlns="http://www.w3.org/2000/svg"><g><rect></g></svg>',
		names: /^\(XML\)$/,
	},
	{
		name: 'an unquoted event handler',
		svg: '<svg xmlns="http://www.w3.org/2000/svg" onload=alert(1)></svg>',
		names: /^\(XML\)$/,
	},
	{
		name: 'an HTML default namespace',
		svg: '<svg xmlns="http://www.w3.org/1999/xhtml"><rect width="1" height="1"/></svg>',
		names: /^xmlns$/,
	},
	{
		name: 'an editor namespace',
		svg: svg(
			'<rect width="1" height="1" inkscape:label="x"/>',
			' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
		),
		names: /^(xmlns:inkscape|inkscape:label)$/,
	},
	{
		name: 'xml:base rewriting links',
		svg: svg('<use href="#a"/>', ' xml:base="https://evil.example/"'),
		names: /^xml:base$/,
	},
	{
		name: 'a top-level element that is not svg',
		svg: '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
		names: /^html$/,
	},
	{ name: 'an iframe', svg: svg('<iframe src="https://evil.example/"/>'), names: /^iframe$/ },
	{
		name: 'url( split by a comment inside a <style>',
		svg: svg('<style>svg{background-image:url<!---->(http://evil.example/x)}</style>'),
		names: /^style$/,
	},
	{
		name: 'url( split by a CDATA section inside a <style>',
		svg: svg('<style><![CDATA[svg{background-image:url]]>(http://evil.example/x)}</style>'),
		names: /^style$/,
	},
	{
		name: 'a data: URL in href',
		svg: svg('<use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>'),
		names: /^use href$/,
	},
];

describe('svgProblems refuses hostile SVG', () => {
	test('there are at least 20 hostile cases', () =>
		expect(hostile.length).toBeGreaterThanOrEqual(20));

	test.each(hostile)('$name', ({ svg: text, names }) => {
		const problems = svgProblems(text);
		expect(problems.length, 'refused').toBeGreaterThan(0);
		expect(
			problems.map((p) => p.name).some((name) => names.test(name)),
			problems.map((p) => p.name).join(', '),
		).toBe(true);
		for (const problem of problems) {
			expect(problem.what.en.length).toBeGreaterThan(5);
			expect(problem.what.th).toMatch(/\p{Script=Thai}/u);
			expect(problem.fix.th).toMatch(/\p{Script=Thai}/u);
			// Never the file's text: no script body, no address, no value.
			for (const message of [problem.name, problem.what.en, problem.what.th, problem.fix.en]) {
				expect(message).not.toMatch(/alert|evil|passwd|https?:\/\/|echo|PHN2/);
			}
		}
	});

	test('gives the line of what is wrong', () => {
		const problems = svgProblems(
			svg('<g>\n<rect width="1"\n  height="1"\n  onclick="alert(1)"/>\n<script>x</script></g>'),
		);
		expect(problems.map((p) => [p.name, p.line])).toEqual([
			['onclick', 5],
			['script', 6],
		]);
	});

	test('cuts a long or strange name short', () => {
		const [problem] = svgProblems(svg(`<${'x'.repeat(200)}/>`));
		expect(problem!.name.length).toBeLessThanOrEqual(33);
		const [odd] = svgProblems(svg('<rect width="1" height="1" data-x="1" onload\u00a0x="1"/>'));
		expect(odd).toBeDefined();
	});
});

describe('svgProblems accepts plain drawings', () => {
	const pictures = ['products', 'itineraries'].flatMap((collection) =>
		readdirSync(join('content', collection)).flatMap((slug) =>
			readdirSync(join('content', collection, slug))
				.filter((name) => name.endsWith('.svg'))
				.map((name) => join('content', collection, slug, name)),
		),
	);

	test('there are bundled pictures to check', () => expect(pictures.length).toBeGreaterThan(10));

	test.each(pictures)('%s', (file) => expect(svgProblems(readFileSync(file, 'utf8'))).toEqual([]));

	test('as Inkscape exports it as Plain SVG (it declares xmlns:svg)', () => {
		const inkscape =
			'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg width="800" height="600" viewBox="0 0 800 600" version="1.1" id="svg1" xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">\n  <defs id="defs1" />\n  <g id="layer1">\n    <rect style="fill:#c0392b;stroke:none" id="rect1" width="400" height="300" x="200" y="150" />\n  </g>\n</svg>\n';
		expect(svgProblems(inkscape)).toEqual([]);
	});

	test('with the usual drawing vocabulary', () => {
		const drawing = `<?xml version="1.0" encoding="UTF-8"?>
<!-- drawn by hand -->
<svg xmlns="http://www.w3.org/2000/svg"${xlink} viewBox="0 0 100 100" role="img" aria-labelledby="t">
  <title id="t">A lamp &amp; a bowl</title>
  <desc>Test</desc>
  <metadata>made for Khong Dee</metadata>
  <style><![CDATA[ .a { fill: rgb(10 20 30); stroke: url(#g); } @media (prefers-color-scheme: dark) { .a { fill: #fff } } ]]></style>
  <defs>
    <linearGradient id="g" gradientTransform="rotate(90)"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="hsl(30 50% 50%)"/></linearGradient>
    <radialGradient id="r" xlink:href="#g" fx="0.5"/>
    <filter id="f"><feGaussianBlur in="SourceGraphic" stdDeviation="2" result="b"/><feMerge><feMergeNode in="b"/></feMerge></filter>
    <clipPath id="c"><circle cx="50" cy="50" r="40"/></clipPath>
    <mask id="m"><rect width="100" height="100" fill="#fff"/></mask>
    <pattern id="p" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 0h2v2z"/></pattern>
    <marker id="k" markerWidth="4" markerHeight="4" refX="2" refY="2" orient="auto"><path d="M0 0L4 2L0 4z"/></marker>
    <symbol id="s" viewBox="0 0 10 10"><ellipse cx="5" cy="5" rx="4" ry="2"/></symbol>
  </defs>
  <g class="a" clip-path="url(#c)" mask="url('#m')" filter="url(#f)" transform="translate(5 5) scale(0.9)" xml:space="preserve">
    <rect width="100" height="100" fill="url(#p)" style="opacity:.5;fill:url(&quot;#g&quot;)"/>
    <polyline points="0,0 10,10" marker-end="url(#k)" stroke="#000"/>
    <polygon points="0,0 10,10 0,10"/><line x1="0" y1="0" x2="5" y2="5"/>
    <use href="#s" x="10" y="10" width="20" height="20"/>
    <text x="10" y="90" font-family="Anuphan, sans-serif" data-name="label">น่าน <tspan dy="2">Nan</tspan></text>
  </g>
</svg>`;
		expect(svgProblems(drawing)).toEqual([]);
	});
});

describe('svgContentProblems', () => {
	const bad = svg(
		'<script>alert(1)</script>\n<rect onclick="x"/><a/><image/><set/><iframe/><animate/>',
	);

	test('reports an SVG on its own at its file and line, field (SVG), at most five and a count', () => {
		const problems = svgContentProblems(bad, 'content/products/x/fig.svg');
		expect(problems).toHaveLength(6);
		expect(problems[0]).toMatchObject({
			file: 'content/products/x/fig.svg',
			line: 2,
			field: '(SVG)',
		});
		expect(problems[5]!.what.en).toMatch(/^2 more things in fig\.svg/);
	});

	test('reports a cover at its facts file and image.src, naming the picture and line', () => {
		const [problem] = svgContentProblems(bad, 'content/products/x/cover.svg', {
			file: 'content/products/x/facts.yaml',
			line: 7,
			field: 'image.src',
		});
		expect(problem).toMatchObject({
			file: 'content/products/x/facts.yaml',
			line: 7,
			field: 'image.src',
		});
		expect(problem!.what.en).toContain('cover.svg, line 2');
		expect(problem!.what.th).toContain('cover.svg บรรทัด 2');
	});
});
