"""The web page for the team (``plangen serve``): the same pipeline as the commands,
behind a page that runs on this computer unless authentication is configured."""
