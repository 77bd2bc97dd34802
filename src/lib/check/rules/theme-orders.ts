/** Each theme has its own place in the site: no two share an `order`. */
import { orderClashes, type Found, type TreeIndex } from './tree-index.ts';

export const themeOrders = ({ tree }: TreeIndex): Found => ({ errors: orderClashes(tree.themes) });
