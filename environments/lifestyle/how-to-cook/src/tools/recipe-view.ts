import type { Recipe } from '../scenario.js';

/** A recipe as the tools show it in lists: id, name and description. */
export function recipeSummary(recipe: Recipe) {
  return { recipe_id: recipe.recipe_id, name: recipe.name, description: recipe.description };
}

/** A recipe with everything: category, ingredients, steps and tips. */
export function recipeDetails(recipe: Recipe) {
  return {
    ...recipeSummary(recipe),
    category: recipe.category,
    ingredients: recipe.ingredients.map((ingredient) => ({ name: ingredient.name, amount: ingredient.amount })),
    steps: [...recipe.steps],
    tips: [...recipe.tips],
  };
}
