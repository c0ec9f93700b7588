import { z } from 'astro/zod';
import { asIssue, schemaRuleAdvice } from '../editor-messages/schema-rules';
import { imageSchema } from './image';
import { storySchema } from './story';
import { coordinatesSchema, slugSchema, textLimits, plainText } from './shared';

/** A stop's facts: where it is, on which day, and which product it shows. */
const stopFactsSchema = z.strictObject({
	/** Short English kebab-case key, used to find this stop's text in `index.th.md` and `index.en.md`: `wat-phumin`. */
	id: slugSchema,
	/** Day of the journey, starting at 1. */
	day: z.number().int().min(1, '"day" starts at 1.').max(7, 'A journey lasts at most 7 days.'),
	/** Where the stop is. */
	coordinates: coordinatesSchema,
	/** `true` when the point marks the area (a village or subdistrict) rather than the exact place. */
	approximate: z.boolean().default(false),
	/** Slug of the product seen at this stop, if any: `nan-silverware`. */
	product: slugSchema.optional(),
	/** About how long the stop takes, in minutes. */
	minutes: z
		.number()
		.int()
		.positive()
		.max(24 * 60)
		.optional(),
});

/** How many stops a journey has: a journey goes somewhere. */
export const stopCount = { min: 2, max: textLimits.stops } as const;

/** The facts of a journey, in `content/itineraries/<slug>/facts.yaml`. Stops are listed in visiting order. */
export function itineraryFactsSchema<Src extends z.ZodType>(src: Src) {
	return z.strictObject({
		/** Slugs of the provinces the journey passes through: `[nan]`. */
		provinces: z
			.array(slugSchema)
			.min(1, 'List at least one province in "provinces".')
			.max(textLimits.provinces, `List at most ${textLimits.provinces} "provinces".`),
		/** The cover picture. */
		image: imageSchema(src),
		/** `true` to show the journey on the home pages. */
		featured: z.boolean().default(false),
		/** The stops in the order they are visited. */
		stops: z
			.array(stopFactsSchema)
			.min(stopCount.min, `A journey needs at least ${stopCount.min} "stops".`)
			.max(stopCount.max, `A journey has at most ${stopCount.max} "stops".`)
			.superRefine((stops, ctx) => {
				const seen = new Set<string>();
				stops.forEach((stop, index) => {
					if (seen.has(stop.id))
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							...asIssue(schemaRuleAdvice.stopIdTwice(stop.id)),
						});
					seen.add(stop.id);
					// The first stop is on day 1; each later stop is on the same day as the one before or the next.
					const previousDay = index === 0 ? 1 : stops[index - 1]!.day;
					const expectedMax = index === 0 ? 1 : previousDay + 1;
					if (stop.day < previousDay || stop.day > expectedMax)
						ctx.addIssue({
							code: 'custom',
							path: [index, 'day'],
							...asIssue(
								index === 0
									? schemaRuleAdvice.firstStopDay(stop.day)
									: schemaRuleAdvice.stopDayOrder(stop.day, previousDay),
							),
						});
				});
			}),
	});
}

/** A stop's text in one language. */
const stopTextSchema = z.strictObject({
	/** The place's name: `วัดภูมินทร์`, `Wat Phumin`. */
	name: plainText()
		.trim()
		.min(2, 'Write the stop\'s "name".')
		.max(textLimits.stopName, `A stop's "name" must be at most ${textLimits.stopName} characters.`),
	/** What to do there, in one to three sentences. */
	activity: plainText()
		.trim()
		.min(10, 'Write what to do at the stop in "activity" (at least 10 characters).')
		.max(
			textLimits.stopActivity,
			`A stop's "activity" must be at most ${textLimits.stopActivity} characters: one to three sentences.`,
		),
	/** How to get there from the previous stop; leave out for the first stop. */
	travel: plainText()
		.trim()
		.min(3, 'Write how to get to the stop in "travel" (at least 3 characters), or leave it out.')
		.max(
			textLimits.stopTravel,
			`A stop's "travel" must be at most ${textLimits.stopTravel} characters.`,
		)
		.optional(),
});

/** Front matter of a journey's story: title, summary, and each stop's text keyed by its id. */
export const itineraryStorySchema = storySchema.extend({
	/** Each stop's text, keyed by the stop ids in `facts.yaml`. */
	stops: z.record(slugSchema, stopTextSchema),
});
