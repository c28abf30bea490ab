/** A story's id: 8 to 64 lowercase letters, digits or dashes (free of zod, for the first screen). */
export const STORY_ID = /^[a-z0-9][a-z0-9-]{7,63}$/;
