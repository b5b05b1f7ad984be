import { describe, expect, it } from 'vitest';
import { drugBank as drugbank } from '../src/index.js';

const demo = () => drugbank.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => drugbank.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = drugbank.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('search_drugs', () => {
  it('matches names and synonyms, stopping at the limit — after the first match even when the limit is below 1', () => {
    const names = (args: Record<string, unknown>) => (call('search_drugs', args) as { drugs: { name: string }[] }).drugs.map((d) => d.name);
    expect(names({ query: 'paracetamol' })).toEqual(['Acetaminophen']);
    expect(names({ query: 'in' })).toEqual([
      'Aspirin',
      'Warfarin',
      'Acetaminophen',
      'Metformin',
      'Gabapentin',
      'Atorvastatin',
      'Lisinopril',
    ]);
    expect(names({ query: 'in', limit: 2 })).toEqual(['Aspirin', 'Warfarin']);
    expect(names({ query: 'in', limit: 0 })).toEqual(['Aspirin']);
    expectFailure('search_drugs', { query: '' }, 'Query must be a non-empty string');
  });
});

describe('get_drug_details and get_drug_by_barcode', () => {
  it('gives the pharmacology fields, empty where the database has none', () => {
    expect(call('get_drug_details', { drugbank_id: 'DB00996' })).toEqual({
      drugbank_id: 'DB00996',
      name: 'Gabapentin',
      description: '',
      mechanism_of_action: '',
      pharmacodynamics: '',
      absorption: '',
      metabolism: '',
      indications: ['Neuropathic pain', 'Epilepsy'],
      contraindications: [],
      dosage_forms: [],
      side_effects: [],
      pregnancy_category: '',
    });
    expectFailure('get_drug_details', { drugbank_id: 'DB99999' }, 'Drug DB99999 not found');
  });

  it('identifies a product by barcode, approved or not', () => {
    expect(call('get_drug_by_barcode', { barcode: '12345670' })).toEqual({
      drugbank_id: 'DB00945',
      product_name: 'Unlicensed Aspirin Import',
      manufacturer: 'Unknown',
      active_ingredients: ['Aspirin'],
      dosage_strength: '325 mg',
      packaging: 'Loose blister',
      approved: false,
    });
    expectFailure('get_drug_by_barcode', { barcode: '999' }, 'Product with barcode 999 not found');
  });
});

describe('check_drug_interactions', () => {
  it('lists interactions among the drugs given, counting both directions, with the highest severity', () => {
    const result = call('check_drug_interactions', { drugs: ['DB00945', 'DB00682', 'DB01050'] }) as {
      interaction_count: number;
      highest_severity: string;
    };
    expect(result.interaction_count).toBe(3);
    expect(result.highest_severity).toBe('major');
    expect(call('check_drug_interactions', { drugs: ['DB01050', 'DB00722'] })).toMatchObject({
      interaction_count: 1,
      highest_severity: 'moderate',
    });
    expect(call('check_drug_interactions', { drugs: ['DB00331'] })).toEqual({
      interactions: [],
      interaction_count: 0,
      highest_severity: 'none',
    });
    expectFailure('check_drug_interactions', { drugs: [] }, 'Drugs must be a non-empty list');
  });
});

describe('search_by_condition', () => {
  it('collects the drugs of every matching condition, skipping ids not in the database', () => {
    const ids = (condition: string) =>
      (call('search_by_condition', { condition }) as { drugs: { drugbank_id: string }[] }).drugs.map((d) => d.drugbank_id);
    expect(ids('PAIN')).toEqual(['DB00945', 'DB01050', 'DB00316', 'DB00996']);
    expect(ids('hypertension')).toEqual(['DB00722']);
    expect(call('search_by_condition', { condition: 'fibrillation' })).toEqual({
      drugs: [{ drugbank_id: 'DB00682', name: 'Warfarin', indication_type: 'approved', efficacy: 'established' }],
    });
  });
});

describe('scenario', () => {
  it('checks DrugBank ids, severities and barcodes', () => {
    expect(() => drugbank.load({ drugs: { X: { drugbank_id: 'DB123', name: 'x' } } })).toThrow(/drugbank_id/);
    expect(() =>
      drugbank.load({ interactions: [{ drug1: 'a', drug2: 'b', severity: 'severe', description: '', management: '' }] }),
    ).toThrow(/severity/);
  });
});
