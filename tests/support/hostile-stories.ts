import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stories written as an attacker would write them. Each is either refused (by `npm run check` and by
 * the build's own render pipeline, with the file named) or published and provably inert in a browser.
 */
export interface HostileStory {
	/** What the attack is after. */
	class:
		| 'build-time code'
		| 'script in the browser'
		| 'hijack or other host'
		| 'front matter'
		| 'inert text';
	name: string;
	/** `.mdx` stories are compiled to JavaScript; `.md` ones to HTML. */
	mdx: boolean;
	/** The story's text after its front matter. */
	body: string;
	/** Extra front-matter lines. */
	frontmatter?: string;
	expect: 'refused' | 'inert';
}

const md = (
	cls: HostileStory['class'],
	name: string,
	body: string,
	expect: HostileStory['expect'] = 'refused',
): HostileStory => ({ class: cls, name, mdx: false, body, expect });
const mdx = (
	cls: HostileStory['class'],
	name: string,
	body: string,
	expect: HostileStory['expect'] = 'refused',
): HostileStory => ({ class: cls, name, mdx: true, body, expect });

const code = 'build-time code';
const script = 'script in the browser';
const host = 'hijack or other host';
/** A host no test may ever reach: a request to it is a failure. */
export const evilHost = 'evil.example';
const evil = `https://${evilHost}`;

export const hostileStories: HostileStory[] = [
	// Code that would run on the machine that builds (MDX compiles to JavaScript).
	mdx(code, 'an import with a tab after the keyword', "import\tfs from 'node:fs'\n\nText.\n"),
	mdx(
		code,
		'an export that reads the environment',
		'export const home = process.env.HOME\n\nText.\n',
	),
	mdx(code, 'an export with a tab after the keyword', 'export\tconst x = 1\n\nText.\n'),
	mdx(code, 'an import of a package', "import _ from 'lodash'\n\nText.\n"),
	mdx(code, 'a namespace import', "import * as fs from 'node:fs'\n\nText.\n"),
	mdx(code, 'an import for its side effects', "import './cover.svg'\n\nText.\n"),
	mdx(
		code,
		'a picture import with attributes',
		"import p from './cover.svg' with { type: 'json' }\n\nText.\n",
	),
	mdx(
		code,
		'a picture import from another folder',
		"import p from '../betong-chicken/cover.svg'\n\nText.\n",
	),
	mdx(
		code,
		'a picture import named like MDX’s own frontmatter',
		"import frontmatter from './cover.svg'\n\nText.\n",
	),
	mdx(
		code,
		'a picture import named like MDX’s own getHeadings',
		"import getHeadings from './cover.svg'\n\nText.\n",
	),
	mdx(
		code,
		'a picture import named with a reserved word',
		"import let from './cover.svg'\n\nText.\n",
	),
	mdx(
		code,
		'a picture import named like a Node global',
		"import process from './cover.svg'\n\nText.\n",
	),
	md(
		code,
		'Astro’s picture marker written as text',
		'See `__ASTRO_IMAGE_="1"` here.\n\n![A bowl](./cover.svg)\n',
	),
	md(
		host,
		'a picture written by reference (Astro leaves it a raw <img>)',
		'![A bowl][bowl]\n\n[bowl]: ./cover.svg\n',
	),
	mdx(
		code,
		'two statements on one import line',
		"import p from './cover.svg'; export const x = globalThis.process\n\nText.\n",
	),
	mdx(code, 'an export after the text', 'Text.\n\nexport const late = 1\n'),
	mdx(code, 'an expression in the text', 'Text {process.exit(1)} here.\n'),
	mdx(code, 'an expression block', '{\n  globalThis.x = 1\n}\n'),
	mdx(
		code,
		'an expression in a GFM footnote definition',
		"Text[^1].\n\n[^1]: A note {require('node:fs').writeFileSync('/tmp/khong-dee-pwned', 'x')}\n",
	),
	mdx(code, 'an expression in a table cell', '| a |\n| - |\n| {1 + 1} |\n'),
	mdx(code, 'an expression in link text', '[{globalThis.x}](/en/)\n'),
	mdx(code, 'an expression as an attribute value', '<Quote cite={process.env.HOME}>Hi</Quote>\n'),
	mdx(code, 'a spread attribute', '<Quote {...globalThis} cite="x">Hi</Quote>\n'),
	mdx(
		code,
		'a picture prop naming a global, not an import',
		'<Figure src={process} alt="a" credit="c" licence="CC0-1.0" />\n',
	),
	mdx(
		code,
		'a picture prop with a call',
		'import p from \'./cover.svg\'\n\n<Figure src={p()} alt="a" credit="c" licence="CC0-1.0" />\n',
	),
	mdx(code, 'a JSX comment', '{/* a note */}\n\nText.\n'),
	mdx(code, 'an unknown component', '<Marquee>Hi</Marquee>\n'),
	mdx(code, 'a lower-case element', '<div>Hi</div>\n'),
	mdx(code, 'a fragment', '<>Hi</>\n'),
	mdx(code, 'a component inside a footnote', 'Text[^1].\n\n[^1]: <Evil />\n'),
	{
		class: 'front matter',
		name: 'a layout in MDX front matter (MDX would import it)',
		mdx: true,
		body: 'Text.\n',
		frontmatter: 'layout: ../../../src/pages/index.astro',
		expect: 'refused',
	},
	{
		class: 'front matter',
		name: 'an unknown field in Markdown front matter',
		mdx: false,
		body: 'Text.\n',
		frontmatter: 'layout: ./evil.astro',
		expect: 'refused',
	},

	// Script in a visitor's browser.
	md(script, 'a script element', '<script>alert(1)</script>\n'),
	md(script, 'an onerror handler', '<img src=x onerror=alert(1)>\n'),
	md(
		script,
		'attributes with no space between them',
		'Text <a href="x"onclick="alert(1)">here</a>.\n',
	),
	md(
		script,
		'a handler on the line after the tag opens',
		'<div\nonmouseover="alert(1)">hi</div>\n',
	),
	md(script, 'an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>\n'),
	md(script, 'inline HTML with a handler', 'Some <b onclick=alert(1)>bold</b> text.\n'),
	md(script, 'a javascript: link', '[x](javascript:alert(1))\n'),
	md(script, 'javascript: behind a character reference', '[x](java&#115;cript:alert(1))\n'),
	md(script, 'javascript: behind a hex reference', '[x](&#x6A;avascript:alert(1))\n'),
	md(script, 'javascript: behind &colon;', '[x](javascript&colon;alert(1))\n'),
	md(script, 'javascript: in mixed case', '[x](JaVaScRiPt:alert(1))\n'),
	md(script, 'javascript: behind an encoded tab', '[x](java&#9;script:alert(1))\n'),
	md(script, 'javascript: behind an encoded newline', '[x](java&#10;script:alert(1))\n'),
	md(script, 'a javascript: autolink', '<javascript:alert(1)>\n'),
	md(script, 'a javascript: reference definition', '[x][a]\n\n[a]: javascript:alert(1)\n'),
	md(
		script,
		'raw HTML in a footnote definition',
		'Text[^1].\n\n[^1]: <img src=x onerror=alert(1)>\n',
	),
	md(
		script,
		'a javascript: link in a footnote definition',
		'Text[^1].\n\n[^1]: [x](javascript:alert(1))\n',
	),
	md(script, 'a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n'),
	md(script, 'a vbscript: link', '[x](vbscript:msgbox)\n'),
	md(script, 'raw HTML in a table cell', '| a |\n| - |\n| <img src=x onerror=alert(1)> |\n'),
	md(script, 'raw HTML with a javascript: link', '<a href="javascript:alert(1)">x</a>\n'),
	md(
		script,
		'math markup hiding a script',
		'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>\n',
	),
	mdx(
		script,
		'an event handler on an allowed component',
		'<Quote cite="x" onClick="alert(1)">Hi</Quote>\n',
	),
	mdx(
		script,
		'set:html on an allowed component',
		'<Quote cite="x" set:html="<img src=x onerror=alert(1)>">Hi</Quote>\n',
	),
	mdx(script, 'a script element in MDX', '<script>alert(1)</script>\n'),
	mdx(
		script,
		'dangerouslySetInnerHTML',
		"<div dangerouslySetInnerHTML={{ __html: '<img src=x onerror=alert(1)>' }} />\n",
	),
	mdx(
		script,
		'a YouTube id that breaks out of its attribute',
		'<YouTube id="abc&quot;onx=1" title="x" />\n',
	),
	mdx(script, 'a javascript: link in MDX', '[x](javascript:alert(1))\n'),

	// Pages hijacked, or loading another host.
	md(host, 'a meta refresh', `<meta http-equiv="refresh" content="0;url=${evil}/">\n`),
	md(host, 'a base element', `<base href="${evil}/">\n`),
	md(host, 'a stylesheet link', `<link rel="stylesheet" href="${evil}/x.css">\n`),
	md(host, 'a raw remote picture', `<img src="${evil}/x.png">\n`),
	md(host, 'a raw remote video', `<video src="${evil}/v.mp4" autoplay></video>\n`),
	md(host, 'a style attribute loading a URL', `<p style="background:url(${evil}/x.png)">x</p>\n`),
	md(host, 'a style element', `<style>body{background:url(${evil}/x.png)}</style>\n`),
	md(host, 'a link with ping', `<a href="/en/" ping="${evil}/">x</a>\n`),
	md(host, 'a form', `<form action="${evil}/"><button>Go</button></form>\n`),
	md(host, 'an object', `<object data="${evil}/x.swf"></object>\n`),
	md(host, 'a remote Markdown picture', `![x](${evil}/x.png)\n`),
	md(host, 'a remote picture by reference', `![x][r]\n\n[r]: ${evil}/x.png\n`),
	md(host, 'an http: link without //', `[x](http:${evilHost}/x)\n`),
	md(host, 'a protocol-relative link', `[x](//${evilHost}/x)\n`),
	md(host, 'a backslash link', `[x](\\\\${evilHost}/x)\n`),
	md(host, 'a link with a user name', `[x](https://tourismthailand.org@${evilHost}/)\n`),
	md(host, 'a link to a bare IP address', '[x](http://10.0.0.1/)\n'),
	md(host, 'a picture from another folder', '![x](../betong-chicken/cover.svg)\n'),
	md(host, 'a picture by absolute path', '![x](/etc/passwd)\n'),
	md(host, 'a file: link', '[x](file:///etc/passwd)\n'),
	md(
		host,
		'a picture from outside in a footnote nobody cites (Astro imports it anyway)',
		'Text.\n\n[^z]: ![x](../../../src/secret.png)\n',
	),
	md(
		host,
		'a picture from outside in a surplus table cell',
		'| a |\n|---|\n| b | ![y](../../secret/private.png) |\n',
	),
	md(
		code,
		'a non-picture loaded through a ?.png suffix in an unpublished footnote',
		'Text.\n\n[^z]: ![x](./facts.yaml?.png)\n',
	),
	md(
		host,
		'a picture from outside in a second definition of a footnote',
		'Text[^1].\n\n[^1]: ok\n\n[^1]: ![a](../../../../x.png)\n',
	),

	// Text that looks dangerous but is published as text: it must stay inert in a browser.
	md(
		'inert text',
		'a script in inline code',
		'Write `<script>alert(1)</script>` to see nothing.\n',
		'inert',
	),
	md(
		'inert text',
		'a handler in a code block',
		'```html\n<img src=x onerror=alert(1)>\n```\n',
		'inert',
	),
	md(
		'inert text',
		'a handler after a slash (not HTML to CommonMark: published as text)',
		'<svg/onload=alert(1)>\n',
		'inert',
	),
	md('inert text', 'escaped angle brackets', '\\<script>alert(1)\\</script>\n', 'inert'),
	md(
		'inert text',
		'character references for a script',
		'&lt;script&gt;alert(1)&lt;/script&gt;\n',
		'inert',
	),
	md(
		'inert text',
		'a comment ended early with --!>',
		'<!-- x --!> <img src=x onerror=alert(1)> -->\n\nText.\n',
		'inert',
	),
	md(
		'inert text',
		'a link title trying to add an attribute',
		'[x](/en/ "a\\" onmouseover=\\"alert(1)")\n',
		'inert',
	),
	md(
		'inert text',
		'alt text with markup',
		'![<img src=x onerror=alert(1)>](./cover.svg)\n',
		'inert',
	),
	md('inert text', 'javascript: as plain text', 'Type javascript:alert(1) nowhere.\n', 'inert'),
	md('inert text', 'a task list with an open box', '- [ ] to do\n- [x] done\n', 'inert'),
	md(
		'inert text',
		'an aligned table (its style becomes a class)',
		'| a | b |\n|:-|-:|\n| 1 | 2 |\n',
		'inert',
	),
	mdx(
		'inert text',
		'markup in a Figure caption',
		'import p from \'./cover.svg\'\n\n<Figure src={p} alt="<img src=x onerror=alert(1)>" credit="c" licence="CC0-1.0" caption="<script>alert(1)</script>" />\n',
		'inert',
	),
	mdx(
		'inert text',
		'markup in a Quote',
		'<Quote cite="&lt;img src=x onerror=alert(1)&gt;">Hi</Quote>\n',
		'inert',
	),
];

/** Product slugs for the corpus, so every case is a page of its own. */
export const hostileSlug = (index: number) => `hostile-${String(index + 1).padStart(3, '0')}`;

/** Adds each story as a product of its own (a copy of Nan silverware) to a copy of `content/`; its English story is the case. */
export function addHostileStories(contentDir: string, stories: readonly HostileStory[]): string[] {
	const template = join(contentDir, 'products/nan-silverware');
	const text = readFileSync(join(template, 'index.en.md'), 'utf8');
	const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)![0];
	return stories.map((story, index) => {
		const folder = join(contentDir, 'products', hostileSlug(index));
		cpSync(template, folder, { recursive: true });
		rmSync(join(folder, 'index.en.md'));
		const file = join(folder, story.mdx ? 'index.en.mdx' : 'index.en.md');
		const head = story.frontmatter
			? frontmatter.replace(/\n---\n$/, `\n${story.frontmatter}\n---\n`)
			: frontmatter;
		writeFileSync(file, `${head}\n${story.body}`);
		return file;
	});
}
