/** UI strings of the data part of the app, merged into the dictionaries by dict.ts (every key in the three languages). */

export const enData = {};

export const frData: Record<keyof typeof enData, string> = {};

export const nlData: Record<keyof typeof enData, string> = {};
