/** UI strings of the state part of the app, merged into the dictionaries by dict.ts (every key in the three languages). */

export const enState = {};

export const frState: Record<keyof typeof enState, string> = {};

export const nlState: Record<keyof typeof enState, string> = {};
