import { imageLicences } from '../schemas/image';

/**
 * What a story may publish. Everything not listed here is refused: stories are written by many
 * people and read by everyone, so the list says what is allowed rather than what is dangerous.
 */

/** How a component's prop is written in MDX. */
export type PropKind =
	/** A quoted text: `alt="A loom"`. */
	| 'text'
	/** The name of a picture imported at the top of the story: `src={loom}`. */
	| 'picture';

export interface ComponentProps {
	readonly [prop: string]: {
		kind: PropKind;
		required: boolean;
		pattern?: RegExp;
		/** The only texts the prop takes. */
		values?: readonly string[];
	};
}

/**
 * The components a story may use (MDX only), with the props each takes. The pages hand exactly these
 * to MDX (src/components/story/index.ts), so stories import nothing but pictures.
 */
export const storyComponentProps = {
	Figure: {
		src: { kind: 'picture', required: true },
		alt: { kind: 'text', required: true },
		credit: { kind: 'text', required: true },
		licence: { kind: 'text', required: true, values: imageLicences },
		caption: { kind: 'text', required: false },
	},
	Quote: { cite: { kind: 'text', required: true } },
	YouTube: {
		id: { kind: 'text', required: true, pattern: /^[\w-]{11}$/ },
		title: { kind: 'text', required: true },
	},
} as const satisfies Record<string, ComponentProps>;

export type StoryComponentName = keyof typeof storyComponentProps;
export const storyComponentNames = Object.keys(storyComponentProps) as StoryComponentName[];

export function isStoryComponent(name: string | null): name is StoryComponentName {
	return name !== null && Object.hasOwn(storyComponentProps, name);
}

/** A story longer than this is a mistake (a pasted file, a runaway export): the longest today is about 11,000. */
export const maxStoryCharacters = 100_000;

/** A check on one attribute value of an element that Markdown produces. */
type AttributeRule = true | ((value: unknown) => boolean);

const isTrue = (value: unknown) => value === true || value === '';
const isBoolean = (value: unknown) => typeof value === 'boolean' || value === '';
const classes =
	(...allowed: string[]) =>
	(value: unknown) =>
		Array.isArray(value) && value.every((c) => allowed.includes(String(c)));
/** Footnote ids carry the editor's label (Thai too) after a prefix that keeps them from clobbering the page's own ids. */
const footnoteId = (value: unknown) =>
	typeof value === 'string' && /^user-content-fn(ref)?-\S{1,300}$/.test(value);

/**
 * The HTML elements Markdown (with GFM tables, task lists, strikethrough and footnotes) turns a story
 * into, and the attributes each may carry, as hast property names. `href` and `src` are judged
 * separately (./urls.ts); a table cell's alignment is turned into a class (see plugins.ts).
 */
export const storyElements: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
	p: {},
	h1: {},
	h2: { id: (v) => v === 'footnote-label', className: classes('sr-only') },
	h3: {},
	h4: {},
	h5: {},
	h6: {},
	em: {},
	strong: {},
	del: {},
	code: {
		className: (v) =>
			Array.isArray(v) && v.length === 1 && /^language-[\w+-]{1,30}$/.test(String(v[0])),
	},
	pre: {},
	blockquote: {},
	ul: { className: classes('contains-task-list') },
	ol: { start: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 },
	li: { id: footnoteId, className: classes('task-list-item') },
	input: { type: (v) => v === 'checkbox', checked: isBoolean, disabled: isTrue },
	hr: {},
	br: {},
	a: {
		href: true,
		title: true,
		id: footnoteId,
		dataFootnoteRef: isTrue,
		dataFootnoteBackref: isTrue,
		ariaDescribedBy: (v) => Array.isArray(v) && v.every((id) => id === 'footnote-label'),
		ariaLabel: true,
		className: classes('data-footnote-backref'),
	},
	img: { src: true, alt: true, title: true },
	sup: {},
	section: { dataFootnotes: isTrue, className: classes('footnotes') },
	table: {},
	thead: {},
	tbody: {},
	tr: {},
	th: { className: classes('align-left', 'align-center', 'align-right') },
	td: { className: classes('align-left', 'align-center', 'align-right') },
};
