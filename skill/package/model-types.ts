/**
 * The shapes of the ASK skill package files we generate (interaction model and manifest),
 * as documented in the ASK "Interaction Model Schema" and "Skill Manifest Schema".
 * Only the parts this skill uses are typed.
 */

export interface SlotTypeValue {
  /** Entity-resolution id (a catalog id); what the handlers read. */
  id: string;
  name: { value: string; synonyms?: string[] };
}

export interface SlotType {
  name: string;
  values: SlotTypeValue[];
}

export interface ModelSlot {
  name: string;
  type: string;
  /** Utterances for answering a slot elicitation ("the {stretch} please"). */
  samples?: string[];
}

export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples: string[];
}

export interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types: SlotType[];
}

export interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired: boolean;
  confirmationRequired: boolean;
  prompts: { elicitation?: string; confirmation?: string };
}

export interface DialogIntent {
  name: string;
  delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
  confirmationRequired: boolean;
  prompts: Record<string, string>;
  slots: DialogSlot[];
}

export interface DialogModel {
  delegationStrategy: 'ALWAYS' | 'SKILL_RESPONSE';
  intents: DialogIntent[];
}

export interface Prompt {
  id: string;
  variations: { type: 'PlainText' | 'SSML'; value: string }[];
}

/** The content of interactionModels/custom/<locale>.json. */
export interface InteractionModelFile {
  interactionModel: {
    languageModel: LanguageModel;
    dialog?: DialogModel;
    prompts?: Prompt[];
  };
}

export interface ManifestLocale {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
  smallIconUri?: string;
  largeIconUri?: string;
}

export interface Endpoint {
  uri: string;
  sslCertificateType?: 'SelfSigned' | 'Wildcard' | 'Trusted';
}

/** The content of skill.json. */
export interface SkillManifestFile {
  manifest: {
    manifestVersion: '1.0';
    publishingInformation: {
      locales: Record<string, ManifestLocale>;
      isAvailableWorldwide: boolean;
      distributionCountries?: string[];
      testingInstructions: string;
      category: string;
    };
    privacyAndCompliance: {
      allowsPurchases: boolean;
      usesPersonalInfo: boolean;
      isChildDirected: boolean;
      isExportCompliant: boolean;
      containsAds: boolean;
      locales?: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
    };
    apis: {
      custom: {
        endpoint: Endpoint;
        interfaces: { type: string; supportedViewports?: readonly ViewportSpec[] }[];
      };
    };
    events: {
      endpoint: Endpoint;
      subscriptions: { eventName: string }[];
    };
    /** Permissions the skill asks for (the coach's daily reminder). */
    permissions?: { name: string }[];
  };
}

/** One range of screens an APL skill supports (skill.json supportedViewports), sizes in dp. */
export interface ViewportSpec {
  mode: string;
  shape: string;
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
}
