/**
 * The browser editor at /admin/ (src/pages/admin/index.astro): loads Decap CMS from our own origin
 * (copied from node_modules by src/integrations/browser-editor.ts), registers the formats that keep
 * files as they are, completes its Thai interface and starts it with the configuration the page
 * carries (built from our schemas by src/cms/config.ts).
 */
import { formatNames, missingFolderMessage } from './config';
import { folderField, frontMatterFormat, yamlFormat } from './formats';
import { mergeStrings, missingThaiStrings, type Strings } from './thai-interface';

/** What Decap gives a preSave listener: the entry as an Immutable.js map. */
interface SavedEntry {
	get(key: 'newRecord'): boolean;
	getIn(path: string[]): unknown;
}

interface DecapCms {
	registerEventListener(listener: {
		name: 'preSave';
		handler: (event: { entry: SavedEntry }) => void;
	}): void;
	registerCustomFormat(name: string, extension: string, format: unknown): void;
	registerLocale(locale: string, strings: Strings): void;
	getLocale(locale: string): Strings | undefined;
	registerPreviewStyle(url: string): void;
	init(options: { config: unknown }): void;
}

declare global {
	interface Window {
		CMS?: DecapCms;
		CMS_MANUAL_INIT?: boolean;
	}
}

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`Could not load ${src}`));
		document.head.append(script);
	});
}

async function start(): Promise<void> {
	const root = document.getElementById('nc-root')!;
	const config = JSON.parse(document.getElementById('cms-config')!.textContent!) as {
		local_backend?: { url: string };
	};
	// Decap wants a whole address for its local server: the page's own origin, where `npm run dev` proxies it.
	if (config.local_backend)
		config.local_backend.url = new URL(config.local_backend.url, location.href).href;
	// Decap starts itself on load unless told not to: our formats must be registered first.
	window.CMS_MANUAL_INIT = true;
	await loadScript(root.dataset['decap']!);
	const cms = window.CMS!;
	cms.registerCustomFormat(formatNames.story, 'md', frontMatterFormat('body', ['stops']));
	cms.registerCustomFormat(formatNames.yaml, 'yaml', yamlFormat);
	cms.registerLocale('th', mergeStrings(cms.getLocale('th') ?? {}, missingThaiStrings));
	// A new item needs its folder name: Decap would otherwise save it under an empty one.
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			if (entry.get('newRecord') && !entry.getIn(['data', folderField]))
				throw new Error(missingFolderMessage);
		},
	});
	if (root.dataset['previewStyle']) cms.registerPreviewStyle(root.dataset['previewStyle']);
	cms.init({ config });
}

start().catch((error: unknown) => {
	document.getElementById('nc-root')!.textContent = String(error);
});
