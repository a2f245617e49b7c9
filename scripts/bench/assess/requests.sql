.mode list
.headers off
SELECT 'return {';
SELECT '{violator=' || (CASE c.violatorKind WHEN 'person' THEN '"individual"' ELSE '"' || c.violatorKind || '"' END)
  || ',minor=' || (CASE c.isMinor WHEN 1 THEN 'true' ELSE 'false' END)
  || ',record_on="' || c.recordMadeOn || '"'
  || ',decided_on=' || coalesce('"' || d.decidedOn || '"', 'nil')
  || ',today=' || coalesce('"' || d.decidedOn || '"', '"2026-12-07"')
  || ',complex=' || (CASE c.isComplex WHEN 1 THEN 'true' ELSE 'false' END)
  || ',explanation_requested=' || (CASE c.explanationRequested WHEN 1 THEN 'true' ELSE 'false' END)
  || ',extension_days=' || c.extensionDays
  || ',mitigating={' || coalesce((SELECT group_concat('"' || code || '"', ',') FROM (SELECT code FROM caseCircumstance WHERE caseId = c.id AND kind = 'mitigating' ORDER BY position)), '') || '}'
  || ',aggravating={' || coalesce((SELECT group_concat('"' || code || '"', ',') FROM (SELECT code FROM caseCircumstance WHERE caseId = c.id AND kind = 'aggravating' ORDER BY position)), '') || '}'
  || ',violations={' || (SELECT group_concat(v, ',') FROM (SELECT '{code="' || code || '",committed_on="' || committedOn || '",ended_on=' || coalesce('"' || endedOn || '"', 'nil')
       || ',detected_on=' || coalesce('"' || detectedOn || '"', 'nil') || ',illegal_gain_vnd=' || illegalGainVND || '}' AS v
       FROM caseViolation WHERE caseId = c.id ORDER BY position)) || '}'
  || '},'
FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id WHERE c.state <> 'cancelled' ORDER BY c.id;
SELECT '}';
