package io.portalis.orchestrator.durable;

/**
 * Marks what goes into the journal; portalis-defaults.conf binds it to Pekko's Jackson JSON
 * serializer, so journal rows stay readable and survive class changes that keep field names.
 */
public interface JournalSerializable {}
