import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { memoryKnowledgeGraph as graph } from '../src/index.js';

const world = {
  entities: {
    Ada: { name: 'Ada', entityType: 'person', observations: ['Mathematician', 'Wrote the first program'] },
    Charles: { name: 'Charles', entityType: 'person', observations: ['Designed the Analytical Engine'] },
    Engine: { name: 'Engine', entityType: 'machine' },
  },
  relations: [
    { from_entity: 'Ada', to_entity: 'Charles', relationType: 'corresponds_with' },
    { from: 'Charles', to: 'Engine', relationType: 'designed' },
  ],
};

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, scenario: unknown = world) {
  const before = graph.load(scenario);
  const outcome = graph.call(before, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('MemoryKnowledgeGraph scenario', () => {
  it('loads {} as an empty graph', () => {
    expect(graph.load({})).toEqual({ entities: {}, relations: [] });
  });

  it('normalises relations to from_entity/to_entity and drops entries that are not objects', () => {
    const state = graph.load({
      ...world,
      relations: [...world.relations, 'junk', 7, { from_entity: '', from: 'Ada', to: 'Engine', relationType: 'studied' }],
    });
    expect(state.relations).toEqual([
      { from_entity: 'Ada', to_entity: 'Charles', relationType: 'corresponds_with' },
      { from_entity: 'Charles', to_entity: 'Engine', relationType: 'designed' },
      { from_entity: 'Ada', to_entity: 'Engine', relationType: 'studied' },
    ]);
    expect(state.entities.Engine?.observations).toEqual([]);
  });

  it('rejects entities that are not objects and relations without a type', () => {
    expect(() => graph.load({ entities: { Ada: 'person' } })).toThrow(/entities/);
    expect(() => graph.load({ relations: [{ from: 'Ada', to: 'Charles' }] })).toThrow(/relationType/);
  });

  it('ships a demo preset', () => {
    const state = graph.loadPreset('demo');
    expect(Object.keys(state.entities).length).toBeGreaterThan(15);
    for (const [key, entity] of Object.entries(state.entities)) expect(entity.name).toBe(key);
  });
});

describe('create_entities', () => {
  it('creates new entities and skips names that already exist, even within one call', () => {
    const { outcomes, state } = runCalls(graph, world, [
      [
        'create_entities',
        {
          entities: [
            { name: 'Mary', entityType: 'person', observations: ['Tutor of Ada'] },
            { name: 'Ada', entityType: 'robot' },
            { name: 'Mary', entityType: 'other' },
            { name: 'Notes', entityType: 'document' },
          ],
        },
      ],
    ]);
    expect(outcomes[0]?.content).toEqual({
      created: [
        { name: 'Mary', entityType: 'person', observations: ['Tutor of Ada'] },
        { name: 'Notes', entityType: 'document', observations: [] },
      ],
      skipped: ['Ada', 'Mary'],
    });
    expect(state.entities.Ada?.entityType).toBe('person');
    expect(state.entities.Mary?.entityType).toBe('person');
  });

  it('accepts the list as a JSON string', () => {
    const { state } = runCalls(graph, world, [['create_entities', { entities: '[{"name": "Lab", "entityType": "place"}]' }]]);
    expect(state.entities.Lab).toEqual({ name: 'Lab', entityType: 'place', observations: [] });
  });

  it('refuses bad input and creates nothing', () => {
    expectFailure('create_entities', { entities: [] }, 'entities must be a non-empty list');
    expectFailure(
      'create_entities',
      {
        entities: [
          { name: 'X', entityType: 'y' },
          { name: '', entityType: 'y' },
        ],
      },
      'Each entity must have a non-empty name and entityType',
    );
    expectFailure('create_entities', { entities: [{ name: 'X' }] }, 'Each entity must have a non-empty name and entityType');
    expectFailure('create_entities', { entities: ['Ada'] }, /entities\[0\] must be an object/);
    expectFailure('create_entities', { entities: [{ name: 5, entityType: 'y' }] }, 'Entity name must be a string, got number 5');
    expectFailure(
      'create_entities',
      {
        entities: [
          { name: 'X', entityType: 'y' },
          { name: 'Y', entityType: 'z', observations: 'one' },
        ],
      },
      'observations of "Y" must be a list of strings',
    );
  });
});

describe('create_relations', () => {
  it('creates relations between existing entities and skips unknown ends and duplicates', () => {
    const duplicate = { from: 'Ada', to: 'Charles', relationType: 'corresponds_with' };
    const dangling = { from: 'Ada', to: 'Babbage Jr', relationType: 'knows', note: 'kept as given' };
    const { outcomes, state } = runCalls(graph, world, [
      [
        'create_relations',
        {
          relations: [
            { from: 'Ada', to: 'Engine', relationType: 'programmed' },
            { from_entity: 'Engine', to_entity: 'Ada', relationType: 'inspired' },
            duplicate,
            dangling,
            { from: 'Ada', to: 'Engine', relationType: 'programmed' },
          ],
        },
      ],
    ]);
    expect(outcomes[0]?.content).toEqual({
      created: [
        { from: 'Ada', to: 'Engine', relationType: 'programmed' },
        { from: 'Engine', to: 'Ada', relationType: 'inspired' },
      ],
      skipped: [duplicate, dangling, { from: 'Ada', to: 'Engine', relationType: 'programmed' }],
    });
    expect(state.relations).toHaveLength(4);
    expect(state.relations[2]).toEqual({ from_entity: 'Ada', to_entity: 'Engine', relationType: 'programmed' });
  });

  it('refuses bad input and creates nothing', () => {
    expectFailure('create_relations', { relations: [] }, 'relations must be a non-empty list');
    expectFailure(
      'create_relations',
      { relations: [{ from: 'Ada', to: 'Engine' }] },
      'Each relation must have non-empty from, to, and relationType',
    );
    expectFailure(
      'create_relations',
      { relations: [{ from: 'Ada', to: 'Engine', relationType: 'x' }, 3] },
      /relations\[1\] must be an object/,
    );
    expectFailure(
      'create_relations',
      { relations: [{ from: ['Ada'], to: 'Engine', relationType: 'x' }] },
      'Relation from must be an entity name, got a list',
    );
    expectFailure(
      'create_relations',
      { relations: [{ from: 'Ada', to: 'Engine', relationType: 7 }] },
      'relationType must be a string, got number 7',
    );
  });
});

describe('add_observations', () => {
  it('adds only new observations, accepts a single string and writes other values as text', () => {
    const { outcomes, state } = runCalls(graph, world, [
      [
        'add_observations',
        {
          observations: [
            { entityName: 'Ada', contents: ['Mathematician', 'Countess of Lovelace'] },
            { entityName: 'Engine', contents: 'Never completed' },
            { entityName: 'Charles', contents: [1834, 2.5, true, null] },
            { entityName: 'Ada', contents: ['Countess of Lovelace', 'Born 1815'] },
          ],
        },
      ],
    ]);
    expect(outcomes[0]?.content).toEqual({
      added: [
        { entityName: 'Ada', contents: ['Countess of Lovelace'] },
        { entityName: 'Engine', contents: ['Never completed'] },
        { entityName: 'Charles', contents: ['1834', '2.5', 'True', 'None'] },
        { entityName: 'Ada', contents: ['Born 1815'] },
      ],
    });
    expect(state.entities.Ada?.observations).toEqual(['Mathematician', 'Wrote the first program', 'Countess of Lovelace', 'Born 1815']);
  });

  it('fails as a whole when one entity is unknown', () => {
    expectFailure(
      'add_observations',
      {
        observations: [
          { entityName: 'Ada', contents: 'x' },
          { entityName: 'Nobody', contents: 'y' },
        ],
      },
      "Entity 'Nobody' not found",
    );
    expectFailure('add_observations', { observations: [] }, 'observations must be a non-empty list');
    expectFailure('add_observations', { observations: [{ contents: 'x' }] }, 'Each observation must have a non-empty entityName');
    expectFailure('add_observations', { observations: [{ entityName: 'Ada' }] }, "Observation for 'Ada' has no contents");
  });
});

describe('batch item checks', () => {
  it('reports the first bad item in list order, as the reference does', () => {
    expectFailure('create_entities', { entities: [{ name: 'X' }, 'junk'] }, 'Each entity must have a non-empty name and entityType');
    expectFailure('create_entities', { entities: [{ name: 'X', entityType: 'y' }, 'junk'] }, /entities\[1\] must be an object/);
    expectFailure(
      'create_relations',
      { relations: [{ from: 'Ada', to: 'Engine' }, 7] },
      'Each relation must have non-empty from, to, and relationType',
    );
    expectFailure('add_observations', { observations: [{ entityName: 'Nobody', contents: ['x'] }, 'junk'] }, "Entity 'Nobody' not found");
    expectFailure(
      'add_observations',
      { observations: [{ entityName: '', contents: ['x'] }, 'junk'] },
      'Each observation must have a non-empty entityName',
    );
    expectFailure(
      'add_observations',
      { observations: [{ entityName: 'Ada', contents: ['x'] }, 'junk'] },
      /observations\[1\] must be an object/,
    );
  });

  it('checks every entity name before complaining about missing contents', () => {
    expectFailure(
      'add_observations',
      { observations: [{ entityName: 'Ada' }, { entityName: 'Nobody', contents: [] }] },
      "Entity 'Nobody' not found",
    );
  });
});

describe('search_nodes and open_nodes', () => {
  it('searches names, types and observations case-insensitively, with relations touching a match', () => {
    const { outcomes } = runCalls(graph, world, [
      ['search_nodes', { query: 'ENGINE' }],
      ['search_nodes', { query: 'nothing like this' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      entities: [
        { name: 'Charles', entityType: 'person', observations: ['Designed the Analytical Engine'] },
        { name: 'Engine', entityType: 'machine', observations: [] },
      ],
      relations: [
        { from: 'Ada', to: 'Charles', relationType: 'corresponds_with' },
        { from: 'Charles', to: 'Engine', relationType: 'designed' },
      ],
    });
    expect(outcomes[1]?.content).toEqual({ entities: [], relations: [] });
    expectFailure('search_nodes', { query: '' }, 'query must be a non-empty string');
  });

  it('opens nodes in the order asked, with relations among them only', () => {
    const { outcomes } = runCalls(graph, world, [['open_nodes', { names: ['Engine', 'Nobody', 'Charles', 'Engine'] }]]);
    expect(outcomes[0]?.content).toEqual({
      entities: [
        { name: 'Engine', entityType: 'machine', observations: [] },
        { name: 'Charles', entityType: 'person', observations: ['Designed the Analytical Engine'] },
        { name: 'Engine', entityType: 'machine', observations: [] },
      ],
      relations: [{ from: 'Charles', to: 'Engine', relationType: 'designed' }],
    });
    expectFailure('open_nodes', { names: [] }, 'names must be a non-empty list');
    expectFailure('open_nodes', { names: [['Ada']] }, 'names must be entity names, got a list');
  });

  it('changes nothing when reading', () => {
    const before = graph.load(world);
    expect(graph.call(before, 'search_nodes', { query: 'a' }).state).toBe(before);
    expect(graph.call(before, 'open_nodes', { names: ['Ada'] }).state).toBe(before);
  });
});
