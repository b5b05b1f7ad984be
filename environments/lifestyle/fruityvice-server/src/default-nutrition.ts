// The reference's default nutrition table (per 100 g): calories, fat, sugar, carbohydrates, protein.
const ROWS: [name: string, calories: number, fat: number, sugar: number, carbohydrates: number, protein: number][] = [
  ['apple', 52, 0.2, 10.4, 14.0, 0.3],
  ['banana', 89, 0.3, 12.2, 23.0, 1.1],
  ['orange', 47, 0.1, 9.4, 12.0, 0.9],
  ['strawberry', 32, 0.3, 4.9, 7.7, 0.7],
  ['blueberry', 57, 0.3, 10.0, 14.0, 0.7],
  ['grape', 67, 0.4, 16.0, 17.0, 0.6],
  ['watermelon', 30, 0.2, 6.2, 7.6, 0.6],
  ['pineapple', 50, 0.1, 10.0, 13.0, 0.5],
  ['mango', 60, 0.4, 14.0, 15.0, 0.8],
  ['kiwi', 61, 0.5, 9.0, 15.0, 1.1],
  ['peach', 39, 0.3, 8.4, 10.0, 0.9],
  ['pear', 57, 0.1, 10.0, 15.0, 0.4],
  ['plum', 46, 0.3, 10.0, 11.0, 0.7],
  ['cherry', 63, 0.2, 13.0, 16.0, 1.1],
  ['avocado', 160, 15.0, 0.7, 9.0, 2.0],
  ['lemon', 17, 0.2, 1.5, 5.4, 0.6],
  ['lime', 30, 0.2, 1.7, 11.0, 0.7],
  ['pomegranate', 83, 1.2, 14.0, 19.0, 1.7],
  ['papaya', 43, 0.3, 8.0, 11.0, 0.5],
  ['coconut', 354, 33.0, 6.2, 15.0, 3.3],
];

export function defaultNutrition() {
  return Object.fromEntries(
    ROWS.map(([name, calories, fat, sugar, carbohydrates, protein]) => [
      name,
      { name, nutritions: { calories, fat, sugar, carbohydrates, protein } },
    ]),
  );
}
