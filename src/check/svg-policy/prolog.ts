import { svgAdvice, xmlName } from '../../editor-messages/svg';
import type { Findings } from './findings';

/*
 * Declarations and processing instructions, found on the text itself so that none can hide from the
 * parser: only the XML declaration at the very start, comments and CDATA sections may open with
 * `<!` or `<?`.
 */

/** Reports every `<!DOCTYPE>`, `<!ENTITY>`… declaration; true if there was one (the text is then not parsed). */
export function foundDeclarations(found: Findings): boolean {
	let declared = false;
	for (const match of found.text.matchAll(/<!(?!--|\[CDATA\[)([A-Za-z]*)/g)) {
		declared = true;
		const keyword = xmlName(match[1]!.toUpperCase());
		found.add(found.lineAt(match.index), `<!${keyword}>`, svgAdvice.declaration(keyword));
	}
	return declared;
}

/** Reports every processing instruction (`<?xml-stylesheet?>`) and an XML declaration's encoding other than UTF-8. */
export function checkProcessingInstructions(found: Findings): void {
	for (const match of found.text.matchAll(/<\?([^\s?>]*)/g)) {
		const declaration =
			match.index === 0 && match[1] === 'xml'
				? /^<\?xml(\s+[\w:-]+\s*=\s*("[^"]*"|'[^']*'))*\s*\?>/.exec(found.text)
				: null;
		if (declaration) {
			const encoding = /\sencoding\s*=\s*["']([^"']*)["']/.exec(declaration[0])?.[1];
			if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
				found.add(1, 'encoding', svgAdvice.encoding());
			continue;
		}
		const target = xmlName(match[1]!);
		found.add(found.lineAt(match.index), `<?${target}?>`, svgAdvice.processingInstruction(target));
	}
}
