# Sourced by the Payara image's entrypoint (${SCRIPT_DIR}/init_*.sh) before the server starts.
# The image enables secure admin with the well-known password "admin"; GovTech Hub does not start with it:
# the console's password comes from HUB_CONSOLE_PASSWORD (docker/.env), and the image's password file follows it.
# The console's port 4848 is not published by docker/compose.yml either: reach it through `docker compose exec`.
if [ -z "${HUB_CONSOLE_PASSWORD:-}" ] || [ "${HUB_CONSOLE_PASSWORD}" = "admin" ]; then
    echo "[GovTech Hub] set HUB_CONSOLE_PASSWORD to the administration console's password (not 'admin'): not starting" >&2
    exit 1
fi
hub_current_password=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "${PASSWORD_FILE}")
if [ "${hub_current_password}" != "${HUB_CONSOLE_PASSWORD}" ]; then
    hub_change_file=$(mktemp)
    chmod 600 "${hub_change_file}"
    printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' "${hub_current_password}" "${HUB_CONSOLE_PASSWORD}" > "${hub_change_file}"
    if ! "${PAYARA_DIR}/bin/asadmin" --user "${ADMIN_USER}" --passwordfile "${hub_change_file}" \
            change-admin-password --domain_name domain1; then
        rm -f "${hub_change_file}"
        echo "[GovTech Hub] the console's password could not be changed: not starting" >&2
        exit 1
    fi
    rm -f "${hub_change_file}"
    printf 'AS_ADMIN_PASSWORD=%s\n' "${HUB_CONSOLE_PASSWORD}" > "${PASSWORD_FILE}"
    chmod 600 "${PASSWORD_FILE}"
fi
unset hub_current_password hub_change_file
