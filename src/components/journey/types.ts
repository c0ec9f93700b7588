import type { JourneyDay } from '../../lib/itinerary-days';
import type { Coordinates } from '../../schemas/shared';

/** A stop as the journey's components show it: its facts with its words in the story's language. */
export interface StopView {
	id: string;
	day: number;
	coordinates: Coordinates;
	minutes?: number | undefined;
	approximate?: boolean;
	name: string;
	activity: string;
	travel?: string | undefined;
	/** The product story the stop shows. */
	product?: { href: string; title: string };
}

export type DayView = JourneyDay<StopView>;
