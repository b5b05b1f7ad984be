import type { z } from 'zod';
import type { recipeSchema } from './scenario.js';

// The reference's built-in cookbook, loaded by {}: five Chinese home-style and restaurant dishes in
// three categories. Kept exactly as the reference has it, since EnvFactory tasks rely on it.
export const defaultRecipes = (): Record<string, z.input<typeof recipeSchema>> => ({
  tomato_egg: {
    recipe_id: 'tomato_egg',
    name: 'Tomato Scrambled Eggs',
    description: 'A classic Chinese home-style dish with eggs and tomatoes',
    category: 'Home Cooking',
    ingredients: [
      {
        name: 'Eggs',
        amount: '3 pieces',
      },
      {
        name: 'Tomatoes',
        amount: '2 medium',
      },
      {
        name: 'Green onion',
        amount: '1 stalk',
      },
      {
        name: 'Salt',
        amount: '1 tsp',
      },
      {
        name: 'Sugar',
        amount: '1/2 tsp',
      },
      {
        name: 'Cooking oil',
        amount: '2 tbsp',
      },
    ],
    steps: [
      'Beat the eggs with a pinch of salt',
      'Cut tomatoes into wedges',
      'Heat oil in a wok, scramble the eggs until set, then remove',
      'Add more oil, stir-fry tomatoes until soft',
      'Add eggs back, season with salt and sugar',
      'Garnish with green onion and serve',
    ],
    tips: ["Don't overcook the eggs - keep them tender", 'Add a little sugar to balance the tomato acidity'],
  },
  kung_pao_chicken: {
    recipe_id: 'kung_pao_chicken',
    name: 'Kung Pao Chicken',
    description: 'Spicy Sichuan dish with chicken, peanuts, and chili',
    category: 'Sichuan Cuisine',
    ingredients: [
      {
        name: 'Chicken breast',
        amount: '300g',
      },
      {
        name: 'Peanuts',
        amount: '50g',
      },
      {
        name: 'Dried chili',
        amount: '10 pieces',
      },
      {
        name: 'Sichuan peppercorn',
        amount: '1 tsp',
      },
      {
        name: 'Green onion',
        amount: '2 stalks',
      },
      {
        name: 'Ginger',
        amount: '1 tbsp',
      },
      {
        name: 'Garlic',
        amount: '3 cloves',
      },
      {
        name: 'Soy sauce',
        amount: '2 tbsp',
      },
      {
        name: 'Vinegar',
        amount: '1 tbsp',
      },
      {
        name: 'Sugar',
        amount: '1 tsp',
      },
    ],
    steps: [
      'Dice chicken and marinate with soy sauce and cornstarch',
      'Fry peanuts until golden and set aside',
      'Stir-fry dried chilies and Sichuan peppercorn until fragrant',
      'Add chicken and stir-fry until cooked',
      'Add sauce mixture and toss to coat',
      'Mix in peanuts and green onions, serve hot',
    ],
    tips: ['Adjust chili amount based on spice preference', "Don't burn the chilies - keep heat medium"],
  },
  mapo_tofu: {
    recipe_id: 'mapo_tofu',
    name: 'Mapo Tofu',
    description: 'Spicy tofu dish with minced pork in chili bean sauce',
    category: 'Sichuan Cuisine',
    ingredients: [
      {
        name: 'Soft tofu',
        amount: '400g',
      },
      {
        name: 'Ground pork',
        amount: '100g',
      },
      {
        name: 'Doubanjiang',
        amount: '2 tbsp',
      },
      {
        name: 'Sichuan peppercorn',
        amount: '1 tsp',
      },
      {
        name: 'Chili oil',
        amount: '1 tbsp',
      },
      {
        name: 'Garlic',
        amount: '3 cloves',
      },
      {
        name: 'Ginger',
        amount: '1 tbsp',
      },
      {
        name: 'Green onion',
        amount: '2 stalks',
      },
      {
        name: 'Chicken stock',
        amount: '200ml',
      },
    ],
    steps: [
      'Cut tofu into 2cm cubes and blanch in salted water',
      'Fry ground pork until crispy, then add doubanjiang',
      'Add garlic, ginger, and aromatics',
      'Pour in stock and gently add tofu',
      'Simmer for 5 minutes, thicken with cornstarch slurry',
      'Sprinkle with Sichuan peppercorn powder and green onion',
    ],
    tips: ['Use soft tofu for authentic texture', 'Be gentle when stirring to avoid breaking tofu'],
  },
  fried_rice: {
    recipe_id: 'fried_rice',
    name: 'Egg Fried Rice',
    description: 'Simple and delicious fried rice with egg and vegetables',
    category: 'Home Cooking',
    ingredients: [
      {
        name: 'Cooked rice',
        amount: '2 bowls',
      },
      {
        name: 'Eggs',
        amount: '2 pieces',
      },
      {
        name: 'Green peas',
        amount: '1/4 cup',
      },
      {
        name: 'Carrot',
        amount: '1/4 cup diced',
      },
      {
        name: 'Green onion',
        amount: '2 stalks',
      },
      {
        name: 'Soy sauce',
        amount: '1 tbsp',
      },
      {
        name: 'Sesame oil',
        amount: '1 tsp',
      },
      {
        name: 'Cooking oil',
        amount: '2 tbsp',
      },
    ],
    steps: [
      'Break up cold rice into separate grains',
      'Scramble eggs and set aside',
      'Stir-fry vegetables until tender',
      'Add rice and toss with high heat',
      'Add eggs and season with soy sauce',
      'Drizzle with sesame oil and serve',
    ],
    tips: ['Use day-old rice for best texture', 'Keep the heat high for wok hei flavor'],
  },
  sweet_sour_pork: {
    recipe_id: 'sweet_sour_pork',
    name: 'Sweet and Sour Pork',
    description: 'Crispy pork with tangy sweet and sour sauce',
    category: 'Cantonese Cuisine',
    ingredients: [
      {
        name: 'Pork tenderloin',
        amount: '300g',
      },
      {
        name: 'Bell pepper',
        amount: '1 piece',
      },
      {
        name: 'Pineapple',
        amount: '1/2 cup',
      },
      {
        name: 'Onion',
        amount: '1/2 piece',
      },
      {
        name: 'Ketchup',
        amount: '3 tbsp',
      },
      {
        name: 'Vinegar',
        amount: '2 tbsp',
      },
      {
        name: 'Sugar',
        amount: '3 tbsp',
      },
      {
        name: 'Cornstarch',
        amount: '1/2 cup',
      },
      {
        name: 'Egg',
        amount: '1 piece',
      },
    ],
    steps: [
      'Cut pork into bite-sized pieces and marinate',
      'Coat pork with egg and cornstarch batter',
      'Deep-fry pork until golden and crispy',
      'Stir-fry vegetables and pineapple',
      'Make sauce with ketchup, vinegar, and sugar',
      'Toss pork in sauce and serve immediately',
    ],
    tips: ['Fry pork twice for extra crispiness', 'Serve immediately to maintain crunch'],
  },
});

export const defaultCategories = (): string[] => ['Home Cooking', 'Sichuan Cuisine', 'Cantonese Cuisine'];
