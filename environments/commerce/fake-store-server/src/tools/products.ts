import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { FakeStoreState } from '../scenario.js';
import { listingInput, sortAndLimit } from './listing.js';

export const getAllProducts = defineTool({
  name: 'get_all_products',
  description:
    'List the product catalog ordered by product id. sort: "desc" for highest id first, anything else (or nothing) ' +
    'for ascending. limit: how many to return (omit or 0 for all).',
  input: listingInput,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>, args) => ({
    products: sortAndLimit(Object.values(state.products), args.limit, args.sort),
  }),
});

export const getProductById = defineTool({
  name: 'get_product_by_id',
  description: 'One product by its id: title, price (USD), description, category, image URL and rating {rate, count}.',
  input: z.object({ product_id: z.int() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>, args) => {
    const product = state.products[String(args.product_id)];
    if (!product) throw new ToolError(`Product ${args.product_id} not found`);
    return product;
  },
});

export const getProductsByCategory = defineTool({
  name: 'get_products_by_category',
  description:
    'Every product whose category is exactly the given name (case-sensitive, e.g. "electronics", "men\'s clothing"; ' +
    'see get_all_categories). An unknown category gives an empty list.',
  input: z.object({ category: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>, args) => {
    if (!args.category) throw new ToolError('Category must be a non-empty string');
    return { products: Object.values(state.products).filter((product) => product.category === args.category) };
  },
});

export const getAllCategories = defineTool({
  name: 'get_all_categories',
  description: "The store's list of category names.",
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>) => ({ categories: state.categories }),
});

export const createProduct = defineTool({
  name: 'create_product',
  description:
    'Add a product to the catalog. It gets the next free product id and an empty rating (rate 0, count 0); ' +
    'the category is not checked against the category list. Returns the new product.',
  input: z.object({
    title: z.string(),
    price: z.number(),
    description: z.string(),
    category: z.string(),
    image: z.string(),
  }),
  handler: (state: Draft<FakeStoreState>, args) => {
    if (!args.title) throw new ToolError('Title must be a non-empty string');
    if (!args.description) throw new ToolError('Description must be a non-empty string');
    if (!args.category) throw new ToolError('Category must be a non-empty string');
    if (!args.image) throw new ToolError('Image must be a non-empty string');
    if (args.price < 0) throw new ToolError(`Price must be greater than or equal to 0, got ${args.price}`);
    const id = state.next_product_id;
    state.next_product_id += 1;
    // As in the reference, the counter is trusted: a scenario whose counter points at an existing
    // id gets that product replaced.
    const product = {
      id,
      title: args.title,
      price: args.price,
      description: args.description,
      category: args.category,
      image: args.image,
      rating: { rate: 0, count: 0 },
    };
    state.products[String(id)] = product;
    return product;
  },
});
