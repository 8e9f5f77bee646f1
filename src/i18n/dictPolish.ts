/** UI strings of the polish part of the app, merged into the dictionaries by dict.ts (every key in the three languages). */

export const enPolish = {};

export const frPolish: Record<keyof typeof enPolish, string> = {};

export const nlPolish: Record<keyof typeof enPolish, string> = {};
