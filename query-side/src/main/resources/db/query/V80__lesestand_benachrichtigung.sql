-- Read-your-writes across instances (issue 14): whenever a view with a version per record writes a
-- row, its transaction sends NOTIFY fallbuch_lesestand '<ANSICHT> <id> <version>'. PostgreSQL
-- delivers it only when that transaction commits, so a listener never sees a version the view does
-- not show yet; every instance LISTENs (query.common.Lesestandmelder) and re-emits it to the
-- subscription queries waiting there. A trigger rather than a call in each projector handler: every
-- path that moves a version (live projection, replay, rebuild) notifies, and none can forget it.
-- "Stand am" writes only into temporary copies (LIKE does not copy triggers) and rolls back.
CREATE FUNCTION lesestand_melden() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fallbuch_lesestand', TG_ARGV[0] || ' ' || (to_jsonb(NEW) ->> TG_ARGV[1]) || ' ' || NEW.version);
    RETURN NULL;
END
$$;

CREATE TRIGGER lesestand_fall AFTER INSERT OR UPDATE ON fall_uebersicht
    FOR EACH ROW EXECUTE FUNCTION lesestand_melden('FALL', 'fall_id');
CREATE TRIGGER lesestand_antrag AFTER INSERT OR UPDATE ON antrag_uebersicht
    FOR EACH ROW EXECUTE FUNCTION lesestand_melden('ANTRAG', 'antrag_id');
CREATE TRIGGER lesestand_hilfevereinbarung AFTER INSERT OR UPDATE ON hilfevereinbarung
    FOR EACH ROW EXECUTE FUNCTION lesestand_melden('HILFEVEREINBARUNG', 'hilfevereinbarung_id');
