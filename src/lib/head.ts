import { defaultLocale, localeCodes, locales, type Locale } from '../i18n/locales';
import { localizedPath, withBase } from './localized-path';
import { shareImageSize } from './share-image-size';

export interface HeadInput {
	/** The site's origin from `astro.config` (`site`), e.g. `https://example.org`. */
	site: URL | string;
	/** This page's path including the base: `/th/products/nan-silverware/`. */
	pathname: string;
	/** Language of the page, or undefined for the language-neutral root chooser. */
	locale: Locale | undefined;
	title: string;
	description: string;
	/** Absolute or site-relative URL of the share image. */
	image?: string | undefined;
	/** `website` for homes and lists, `article` for stories. */
	ogType?: 'website' | 'article';
	/** schema.org objects, written as one JSON-LD script each. */
	jsonLd?: object[];
	/** `false` for pages search engines should not index (the 404 page): no canonical, no alternates, no og:url. */
	indexable?: boolean;
}

export interface HeadLink {
	rel: string;
	href: string;
	hreflang?: string;
}

export interface HeadData {
	title: string;
	description: string;
	links: HeadLink[];
	meta: { property?: string; name?: string; content: string }[];
	jsonLd: string[];
}

/**
 * The public address of a path of this site, for canonical links, OpenGraph, JSON-LD and share images.
 * `site` is `astro.config`'s `site` (`Astro.site` in a page), which the config always sets.
 * @example absoluteUrl('/en/', 'https://example.org') // => 'https://example.org/en/'
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	if (site === undefined) throw new Error('absoluteUrl: astro.config.mjs sets no `site`.');
	return new URL(path, site).href;
}

/**
 * Everything that goes into `<head>` besides assets: title, canonical, hreflang, OpenGraph and JSON-LD.
 * `Head.astro` only maps over the result.
 */
export function buildHead(input: HeadInput): HeadData {
	const absolute = (path: string) => absoluteUrl(path, input.site);
	const canonical = absolute(input.pathname);
	const links: HeadLink[] = [];
	const meta: HeadData['meta'] = [{ name: 'description', content: input.description }];
	if (input.indexable === false) {
		meta.push({ name: 'robots', content: 'noindex' });
	} else {
		links.push({ rel: 'canonical', href: canonical });
		for (const locale of localeCodes) {
			links.push({
				rel: 'alternate',
				hreflang: locales[locale].lang,
				href: absolute(localizedPath(input.pathname, locale)),
			});
		}
		links.push({
			rel: 'alternate',
			hreflang: 'x-default',
			href: absolute(xDefaultPath(input.pathname)),
		});
	}
	meta.push(
		{ property: 'og:title', content: input.title },
		{ property: 'og:description', content: input.description },
		{ property: 'og:type', content: input.ogType ?? 'website' },
	);
	// A page with no address of its own (the 404, served at any missing path) names none.
	if (input.indexable !== false) meta.push({ property: 'og:url', content: canonical });
	meta.push({ property: 'og:site_name', content: input.locale === 'en' ? 'Khong Dee' : 'ของดี' });
	if (input.locale) {
		meta.push({ property: 'og:locale', content: locales[input.locale].ogLocale });
		for (const other of localeCodes.filter((l) => l !== input.locale)) {
			meta.push({ property: 'og:locale:alternate', content: locales[other].ogLocale });
		}
	}
	if (input.image) {
		meta.push({ property: 'og:image', content: absolute(input.image) });
		meta.push(
			{ property: 'og:image:width', content: String(shareImageSize.width) },
			{ property: 'og:image:height', content: String(shareImageSize.height) },
		);
		meta.push({ name: 'twitter:card', content: 'summary_large_image' });
	}
	return {
		title: input.title,
		description: input.description,
		links,
		meta,
		jsonLd: (input.jsonLd ?? []).map(serializeJsonLd),
	};
}

/**
 * The page for readers of neither language: the root chooser for the homes, the Thai version otherwise.
 * @example xDefaultPath('/en/') // => '/'
 * @example xDefaultPath('/en/products/nan-silverware/') // => '/th/products/nan-silverware/'
 */
function xDefaultPath(pathname: string): string {
	const rest = localizedPath(pathname, defaultLocale).slice(withBase(defaultLocale).length);
	return rest === '/' ? withBase('') : localizedPath(pathname, defaultLocale);
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so text can never close the script. */
export function serializeJsonLd(data: object): string {
	return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
