
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Indicator": [
      "ChoiceIndicator",
      "EvidenceIndicator",
      "ExpectationIndicator",
      "NumberIndicator",
      "ScaleIndicator",
      "TargetIndicator",
      "TextIndicator",
      "YesNoIndicator"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Indicator": [
      "ChoiceIndicator",
      "EvidenceIndicator",
      "ExpectationIndicator",
      "NumberIndicator",
      "ScaleIndicator",
      "TargetIndicator",
      "TextIndicator",
      "YesNoIndicator"
    ]
  }
};
      export default result;
    