import { z } from 'astro/zod';

/**
 * Turns a zod schema of ours into Decap CMS fields, so that what the editor refuses is what the
 * check refuses: required fields, lengths, patterns, number ranges and choices all come from the
 * schema (through its JSON Schema), never written twice. Labels, hints and widget choices that a
 * schema cannot say are given as `FieldOptions`.
 */

/** A Decap CMS field (the subset of its options this project uses). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	pattern?: [string, string];
	i18n?: boolean | 'duplicate' | 'translate' | 'none';
	fields?: CmsField[];
	field?: CmsField;
	options?: (string | { label: string; value: string })[];
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int' | 'float';
	default?: unknown;
	collapsed?: boolean;
	modes?: string[];
	media_folder?: string;
	public_folder?: string;
	choose_url?: boolean;
	summary?: string;
	[key: string]: unknown;
}

/** What a schema cannot say about a field: its label (both languages), a hint, a widget. */
export interface FieldOptions {
	label: string;
	hint?: string;
	/** Replaces the widget chosen from the schema (`text` for a long string, `image` for a picture). */
	widget?: string;
	/** Choices with labels, for a field whose schema is any slug (a province, a category). */
	options?: { label: string; value: string }[];
	/** For a union (`credit`: a name, or a name in each language): which branch the editor fills. */
	branch?: number;
	/** Extra Decap options passed through as they are. */
	extra?: Partial<CmsField>;
	/** Options of the fields inside an object, by name. */
	fields?: Record<string, FieldOptions>;
	/** Options of the items of a list. */
	items?: FieldOptions;
}

export interface JsonSchema {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	additionalProperties?: JsonSchema | boolean;
	propertyNames?: JsonSchema;
	required?: string[];
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	enum?: (string | number)[];
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	minItems?: number;
	maxItems?: number;
	default?: unknown;
}

/** The JSON Schema of what a file may hold (zod's input side: defaults make fields optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Fields for each property of an object schema, in the order given by `options`. */
export function fieldsFromSchema(
	schema: z.ZodType | JsonSchema,
	options: Record<string, FieldOptions>,
): CmsField[] {
	const json = schema instanceof z.ZodType ? jsonSchemaOf(schema) : schema;
	return Object.entries(options).map(([name, option]) => {
		const property = json.properties?.[name];
		if (!property) throw new Error(`The schema has no field "${name}" for the editor to show.`);
		return fieldFromJson(name, property, (json.required ?? []).includes(name), option);
	});
}

function fieldFromJson(
	name: string,
	json: JsonSchema,
	required: boolean,
	option: FieldOptions,
): CmsField {
	const base: CmsField = {
		name,
		label: option.label,
		widget: 'string',
		required,
		...(option.hint ? { hint: option.hint } : {}),
	};
	const schema = json.anyOf ? json.anyOf[option.branch ?? 0]! : json;
	let field: CmsField;
	if (option.options) {
		field = { ...base, widget: 'select', options: option.options };
	} else if (schema.enum) {
		field = { ...base, widget: 'select', options: schema.enum.map(String) };
	} else if (schema.type === 'boolean') {
		field = { ...base, widget: 'boolean', default: schema.default ?? false };
	} else if (schema.type === 'number' || schema.type === 'integer') {
		field = {
			...base,
			widget: 'number',
			value_type: schema.type === 'integer' ? 'int' : 'float',
			...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
			...(schema.exclusiveMinimum !== undefined ? { min: schema.exclusiveMinimum + 1 } : {}),
			...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
		};
	} else if (schema.type === 'array' && schema.items?.enum) {
		field = {
			...base,
			widget: 'select',
			multiple: true,
			options: schema.items.enum.map(String),
			...listBounds(schema),
		};
	} else if (schema.type === 'array') {
		const itemOption = option.items ?? { label: option.label };
		field = {
			...base,
			widget: 'list',
			field: fieldFromJson(name, schema.items ?? {}, true, itemOption),
			...listBounds(schema),
		};
	} else if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
		// A map keyed by ids (a journey's stops): the editor sees a list of { id, ...value }, as
		// src/cms/formats.ts (`mapsAsLists`) reads and writes it.
		const value = schema.additionalProperties;
		const item: JsonSchema = {
			...value,
			properties: { id: schema.propertyNames ?? { type: 'string' }, ...value.properties },
			required: ['id', ...(value.required ?? [])],
		};
		field = {
			...base,
			widget: 'list',
			collapsed: false,
			fields: fieldsFromSchema(item, option.fields ?? {}),
		};
	} else if (schema.type === 'object') {
		const fields = fieldsFromSchema(schema, option.fields ?? {});
		// Decap checks the fields inside an object even when the object is left empty: inside an
		// optional one (a location), none may be required there; the check still wants both or neither.
		const optional = !required;
		field = {
			...base,
			widget: 'object',
			collapsed: false,
			fields: optional ? fields.map((inner) => ({ ...inner, required: false })) : fields,
		};
	} else {
		const pattern = textPattern(schema);
		field = { ...base, ...(pattern ? { pattern } : {}) };
	}
	if (option.widget) field.widget = option.widget;
	return { ...field, ...option.extra };
}

function listBounds(schema: JsonSchema): Pick<CmsField, 'min' | 'max'> {
	return {
		...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
		...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
	};
}

/**
 * One regular expression for a string's length and pattern, with the message in both languages.
 * Lengths count as zod does (UTF-16 code units, a Thai letter or mark each); `[\s\S]` so that a
 * line break counts too.
 */
export function textPattern(schema: JsonSchema): [string, string] | undefined {
	const { minLength: min, maxLength: max, pattern } = schema;
	if (min === undefined && max === undefined && pattern === undefined) return undefined;
	const length =
		min !== undefined || max !== undefined ? `(?=[\\s\\S]{${min ?? 0},${max ?? ''}}$)` : '';
	const body = pattern ? pattern.replace(/^\^/, '').replace(/\$$/, '') : '[\\s\\S]*';
	const messages: string[] = [];
	if (min !== undefined && max !== undefined)
		messages.push(`ยาว ${min}–${max} ตัวอักษร · ${min}–${max} characters`);
	else if (max !== undefined) messages.push(`ไม่เกิน ${max} ตัวอักษร · at most ${max} characters`);
	else if (min !== undefined) messages.push(`อย่างน้อย ${min} ตัวอักษร · at least ${min} characters`);
	if (pattern) messages.push(`ตามรูปแบบที่กำหนด · in the expected form`);
	return [`^${length}(?:${body})$`, messages.join('; ')];
}
