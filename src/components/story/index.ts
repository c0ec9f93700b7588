import Figure from './Figure.astro';
import Quote from './Quote.astro';
import YouTube from './YouTube.astro';

/** The components a story may use, handed to MDX by the pages; the same list as `allowedStoryComponents` in src/check/story-safety.ts. */
export const storyComponents = { Figure, Quote, YouTube };
