import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// What an assistant remembers about its user, Priya, a product designer in Lisbon: family, colleagues,
// her employer and its projects, tools, places and plans. Edge cases: an entity with no observations
// yet, two people sharing a first name, a relation that points at an entity never recorded
// ("Porto office"), and a pair of people linked both ways.
const entity = (name: string, entityType: string, ...observations: string[]) => ({ name, entityType, observations });

const entities = [
  entity('Priya Nair', 'person', 'Is the user', 'Product designer', 'Moved to Lisbon in 2022', 'Prefers morning meetings', 'Vegetarian'),
  entity('Tomás Almeida', 'person', "Priya's partner", 'Works as a structural engineer', 'Allergic to cats'),
  entity('Leela Nair', 'person', "Priya's mother", 'Lives in Bengaluru', 'Birthday on 14 August'),
  entity('Arjun Nair', 'person', "Priya's younger brother", 'Studying medicine in Manchester'),
  entity('Sofia Reis', 'person', "Priya's manager", 'Head of Design at Brightline'),
  entity('Sofia Marques', 'person', 'Friend from the climbing gym', 'Runs a bakery in Alfama'),
  entity('Daniel Okafor', 'person', 'Engineering lead on Atlas', 'Based in the London office'),
  entity('Mei Chen', 'person', 'User researcher at Brightline', 'Joined in January 2025'),
  entity('Brightline', 'organization', 'Fintech startup, about 120 people', 'Offices in Lisbon and London', 'Priya joined in March 2023'),
  entity('Lisbon office', 'place', 'Rua do Alecrim 45', 'Has a rooftop terrace'),
  entity('London office', 'place', 'Shoreditch, near Old Street station'),
  entity('Atlas', 'project', 'Redesign of the Brightline mobile app', 'Launch planned for June 2025', 'Priya owns the onboarding flow'),
  entity('Ledger', 'project', 'Internal design system', 'Version 2 released in February 2025'),
  entity('Figma', 'tool', 'Main design tool', 'Team plan renewed in January'),
  entity('Notion', 'tool', 'Used for research notes and roadmaps'),
  entity('Climbing', 'hobby', 'Goes to Lisbon Climbing Hub twice a week', 'Working towards a 6b grade'),
  entity('Portuguese lessons', 'activity', 'Tuesday evenings with a tutor', 'Currently at B1 level'),
  entity('Trip to Bengaluru', 'event', 'Planned for December 2025', 'Wants to be there for the family wedding'),
  entity('Lisbon', 'city', 'Home since 2022'),
  entity('Bengaluru', 'city', 'Hometown'),
  entity('Onboarding research', 'study'),
];

const rel = (from_entity: string, relationType: string, to_entity: string) => ({ from_entity, to_entity, relationType });

const relations = [
  rel('Priya Nair', 'lives_in', 'Lisbon'),
  rel('Priya Nair', 'works_at', 'Brightline'),
  rel('Priya Nair', 'reports_to', 'Sofia Reis'),
  rel('Priya Nair', 'partner_of', 'Tomás Almeida'),
  rel('Tomás Almeida', 'partner_of', 'Priya Nair'),
  rel('Priya Nair', 'child_of', 'Leela Nair'),
  rel('Arjun Nair', 'sibling_of', 'Priya Nair'),
  rel('Leela Nair', 'lives_in', 'Bengaluru'),
  rel('Priya Nair', 'friends_with', 'Sofia Marques'),
  rel('Sofia Reis', 'works_at', 'Brightline'),
  rel('Daniel Okafor', 'works_at', 'Brightline'),
  rel('Mei Chen', 'works_at', 'Brightline'),
  rel('Brightline', 'has_office', 'Lisbon office'),
  rel('Brightline', 'has_office', 'London office'),
  rel('Brightline', 'plans_office', 'Porto office'),
  rel('Priya Nair', 'works_from', 'Lisbon office'),
  rel('Daniel Okafor', 'works_from', 'London office'),
  rel('Priya Nair', 'designs_for', 'Atlas'),
  rel('Daniel Okafor', 'leads', 'Atlas'),
  rel('Atlas', 'uses', 'Ledger'),
  rel('Priya Nair', 'maintains', 'Ledger'),
  rel('Priya Nair', 'uses', 'Figma'),
  rel('Mei Chen', 'uses', 'Notion'),
  rel('Mei Chen', 'runs', 'Onboarding research'),
  rel('Onboarding research', 'informs', 'Atlas'),
  rel('Priya Nair', 'enjoys', 'Climbing'),
  rel('Sofia Marques', 'enjoys', 'Climbing'),
  rel('Priya Nair', 'takes', 'Portuguese lessons'),
  rel('Priya Nair', 'plans', 'Trip to Bengaluru'),
  rel('Trip to Bengaluru', 'located_in', 'Bengaluru'),
];

export const demo: z.input<typeof scenarioSchema> = {
  entities: Object.fromEntries(entities.map((e) => [e.name, e])),
  relations,
};
