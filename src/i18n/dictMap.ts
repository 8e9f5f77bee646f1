/** UI strings of the map part of the app, merged into the dictionaries by dict.ts (every key in the three languages). */

export const enMap = {};

export const frMap: Record<keyof typeof enMap, string> = {};

export const nlMap: Record<keyof typeof enMap, string> = {};
