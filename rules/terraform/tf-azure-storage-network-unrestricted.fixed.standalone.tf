# The network rules live in their own resource, so the account itself is not reported.
# ok: tf-azure-storage-network-unrestricted
resource "azurerm_storage_account" "data" {
  name                          = "contosodata"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = true
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id = azurerm_storage_account.data.id
  # ruleid: tf-azure-storage-network-unrestricted
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

resource "azurerm_storage_account_network_rules" "archive" {
  storage_account_id = azurerm_storage_account.archive.id
  # ok: tf-azure-storage-network-unrestricted
  default_action     = "Deny"
  bypass             = ["AzureServices", "Logging"]
}
