/**
 * How many themes the header names. Past this many it links to the home
 * page's list of every question instead: a menu of dozens of links helps no
 * reader, and the header is on every page, so its weight is paid on every
 * page (200 themes added 3.5 KB gzipped to each page of a 14 KB budget).
 */
export const NAV_THEMES = 8;
