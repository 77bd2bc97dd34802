/** The social card of each story home and question page, in each language (src/site/cards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedCard, pruneCards } from '../../../../lib/render/cards/card-cache.ts';
import { CARD_CACHE, cardText, type CardKind } from '../../../../site/cards.ts';
import { loadSite } from '../../../../site/content.ts';
import { languageParams, pageEdition } from '../../../../site/edition.ts';

export const getStaticPaths = (async () => {
  pruneCards(CARD_CACHE);
  const { stories, themes } = await loadSite();
  const pages = [...stories.map((s) => ({ kind: 'stories', id: s.id })), ...themes.map((t) => ({ kind: 'themes', id: t.id }))];
  return (await languageParams()).flatMap(({ lang }) => pages.map((page) => ({ params: { lang, ...page } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const edition = await pageEdition(params.lang);
  const text = cardText(await loadSite(), edition, params.kind as CardKind, params.id!);
  return new Response(new Uint8Array(await cachedCard(CARD_CACHE, text)), { headers: { 'Content-Type': 'image/png' } });
};
