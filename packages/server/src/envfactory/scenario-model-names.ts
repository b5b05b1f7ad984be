/**
 * The name of the pydantic model each EnvFactory reference validates a scenario with
 * (`<Model>(**scenario)` in its load_scenario), which heads the ValidationError text a bad scenario
 * gets. Most are `<Server>Scenario`; these are the ones that are not (LARK-AI-Lab/EnvFactory at
 * eff3b22, envs/tools/<Server>.py).
 */
const NAMED_OTHERWISE: Readonly<Record<string, string>> = {
  AdobePDFServices: 'AdobePDFScenario',
  AirtableMcpServer: 'AirtableScenario',
  AmazonSES: 'SESScenario',
  AttomRealEstate: 'AttomScenario',
  BestBuyServer: 'BestBuyScenario',
  ClinicalTrialsGov: 'ClinicalTrialsScenario',
  CryptoPrice: 'CryptoScenario',
  EbayServer: 'EbayScenario',
  EtsyServer: 'EtsyScenario',
  ExcelServer: 'ExcelScenario',
  FakeStoreServer: 'FakeStoreScenario',
  FatSecretPlatform: 'FatSecretScenario',
  FinancialDatasets: 'FinancialScenario',
  FruityviceServer: 'FruityviceScenario',
  GitHubServer: 'GitHubScenario',
  GitServer: 'GitScenario',
  HowToCook: 'CookingScenario',
  HugeiconsServer: 'HugeiconsScenario',
  KospiKosdaqStock: 'KospiKosdaqScenario',
  LeagueOfLegends: 'LeagueScenario',
  MailgunCommunication: 'MailgunScenario',
  MeditationServer: 'MeditationScenario',
  MemoryKnowledgeGraph: 'KnowledgeGraphScenario',
  MongoDBServer: 'MongoDBScenario',
  PayPalPaymentProcessor: 'PayPalScenario',
  PostmarkEmailService: 'PostmarkScenario',
  PubMedServer: 'PubMedScenario',
  ResendEmailService: 'ResendScenario',
  SanvelloMentalHealthServer: 'SanvelloScenario',
  ShopifyEcommerce: 'ShopifyScenario',
  SimpleArxiv: 'ArxivScenario',
  SlackServer: 'SlackScenario',
  StripePaymentServer: 'StripeScenario',
  TFTServer: 'TFTScenario',
  TicketManagementSystem: 'TicketManagementScenario',
  TradingBot: 'TradingScenario',
  VehicleControl: 'VehicleScenario',
  WikipediaServer: 'WikipediaScenario',
  ZillowRealEstate: 'ZillowScenario',
  ZoomMeetingServer: 'ZoomScenario',
};

/** The reference's scenario model name for a server (`<Server>Scenario` unless listed above). */
export function scenarioModelName(server: string): string {
  return Object.hasOwn(NAMED_OTHERWISE, server) ? (NAMED_OTHERWISE[server] as string) : `${server}Scenario`;
}

/** References that re-raise their model's error behind a text of their own (`ValueError(f"…{e}")`). */
const REFUSAL_PREFIX: Readonly<Record<string, string>> = { WhatsApp: 'Invalid scenario data: ' };

/** What a server's refusal of a scenario starts with, before pydantic's text. */
export function scenarioRefusalPrefix(server: string): string {
  return Object.hasOwn(REFUSAL_PREFIX, server) ? (REFUSAL_PREFIX[server] as string) : '';
}
