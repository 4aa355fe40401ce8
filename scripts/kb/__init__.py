"""Knowledge-base pipeline: read -> clean -> structure -> tag -> link -> render -> write."""
